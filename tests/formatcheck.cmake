# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked C++ file differs from what .clang-format makes of it.
file(GLOB_RECURSE files "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
     "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/model/*.cpp" "${SOURCE_DIR}/model/*.h"
     "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h" "${SOURCE_DIR}/bench/*.cpp" "${SOURCE_DIR}/bench/*.h")
set(bad "")
foreach(f IN LISTS files)
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror "${f}"
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        list(APPEND bad "${f}")
    endif()
endforeach()
if(bad)
    list(JOIN bad "\n  " text)
    message(FATAL_ERROR "Not formatted by .clang-format (run tools/format.sh):\n  ${text}")
endif()
list(LENGTH files n)
message(STATUS "clang-format: ${n} files formatted")
