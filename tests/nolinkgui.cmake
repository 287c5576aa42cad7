# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the given binary needs libQt6Gui or libQt6Widgets (pullscope-cli must run with
# no display and no GUI libraries).
execute_process(COMMAND readelf -d "${BINARY}" OUTPUT_VARIABLE dyn RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "readelf failed on ${BINARY}")
endif()
if(NOT dyn MATCHES "libQt6Core")
    message(FATAL_ERROR "${BINARY} does not list libQt6Core: is this the right binary?")
endif()
if(dyn MATCHES "libQt6(Gui|Widgets)")
    message(FATAL_ERROR "${BINARY} links ${CMAKE_MATCH_0}; it must link QtCore/QtNetwork only")
endif()
message(STATUS "${BINARY}: no QtGui, no QtWidgets")
