# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the pullscope binary the way README screenshots and packagers do, and checks the result.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

execute_process(COMMAND "${APP}" --version OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^pullscope [0-9]+\\.[0-9]+\\.[0-9]+")
    message(FATAL_ERROR "--version: exit ${rc}, output '${out}'")
endif()

execute_process(COMMAND "${APP}" --page nowhere ERROR_VARIABLE err RESULT_VARIABLE rc)
if(rc EQUAL 0 OR NOT err MATCHES "nowhere")
    message(FATAL_ERROR "--page nowhere should fail naming the page: exit ${rc}, '${err}'")
endif()

# A demo file that does not exist must not stop the screenshot (the error goes to the status bar).
set(png "${WORK_DIR}/shot.png")
execute_process(COMMAND "${APP}" --settings "${WORK_DIR}/s.ini" --lang de --page node --size 1000x700
                        --demo-file "${WORK_DIR}/missing.json" --screenshot "${png}"
                RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0 OR NOT EXISTS "${png}")
    message(FATAL_ERROR "--screenshot: exit ${rc}, no ${png}: ${err}")
endif()
file(READ "${png}" header LIMIT 24 HEX)
# PNG signature, then the IHDR width and height: 1000 = 0x3e8, 700 = 0x2bc.
if(NOT header MATCHES "^89504e470d0a1a0a" OR NOT header MATCHES "000003e8000002bc$")
    message(FATAL_ERROR "${png} is not a 1000x700 PNG (header ${header})")
endif()
message(STATUS "pullscope --version, --page check and --screenshot work")
