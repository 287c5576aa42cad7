# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when model/ reaches for QtGui/QtWidgets or ui/, or a lower model/ folder includes a
# higher one (design.md): each folder may include only itself and the folders before it in
# this list, and kube/ only core/, reference/ and auth/ (the kubelet keyring's matching rules). A folder not in the list is an error too.
set(order core reference auth registry cache pull kube cluster kubelet diagnose items)
file(GLOB_RECURSE files RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/model/*.h" "${SOURCE_DIR}/model/*.cpp")
set(failures "")
foreach(f IN LISTS files)
    file(STRINGS "${SOURCE_DIR}/${f}" includes REGEX "^[ \t]*#[ \t]*include")
    string(REGEX MATCH "^model/([a-z]+)/" _ "${f}")
    set(folder "${CMAKE_MATCH_1}")
    list(FIND order "${folder}" myrank)
    foreach(inc IN LISTS includes)
        if(inc MATCHES "<(QtGui|QtWidgets|QWidget|QIcon|QColor|QPixmap|QImage|QFont|QBrush|QPalette|QApplication|QGuiApplication)[/>]"
           OR inc MATCHES "\"ui/")
            list(APPEND failures "${f}: ${inc} (model/ must not use QtGui, QtWidgets or ui/)")
        endif()
        if(inc MATCHES "\"model/([a-z]+)/")
            set(target "${CMAKE_MATCH_1}")
            list(FIND order "${target}" rank)
            if(rank GREATER myrank OR rank EQUAL -1 OR myrank EQUAL -1
               OR (folder STREQUAL "kube" AND NOT target MATCHES "^(core|reference|auth|kube)$"))
                list(APPEND failures "${f}: ${inc} (model/${folder} may not include model/${target})")
            endif()
        endif()
    endforeach()
endforeach()
if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "Dependency rules broken:\n${text}")
endif()
list(LENGTH files n)
message(STATUS "depcheck: ${n} files under model/ follow the dependency rules")
