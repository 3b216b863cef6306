# Windows deployment by install rules: what windeployqt would copy, nothing more, so that
# `cmake --install` yields a folder that runs on a bare Windows (packaging/windows/build.sh
# turns it into setup.exe and an MSI). Layout, all beside the executables:
#   gpsi-doctor.exe (GUI subsystem: Start menu, Explorer), gpsi-doctor.com (console subsystem:
#   cmd and PowerShell find it first through PATHEXT, wait for it and see its output and exit
#   code, as with devenv.com), the DLLs both import (found by reading the PE import tables,
#   recursively), the Qt plugins they load at run time, qt.conf, and Qt's own translations.

# Qt loads these by name at run time, so no import table lists them. qoffscreen: PDF reports
# and the headless demo from a session with no desktop (a service, an SSH or WinRM shell).
set(GPSI_WIN_PLUGINS
    platforms/qwindows.dll platforms/qoffscreen.dll
    styles/qwindowsvistastyle.dll
    imageformats/qsvg.dll imageformats/qico.dll
    iconengines/qsvgicon.dll)
# GPSI_QT_PREFIX and GPSI_WIN_DLL_DIRS are also what the tests' Wine runner puts on the path.
set(GPSI_QT_PREFIX "${QT6_INSTALL_PREFIX}")
if(NOT GPSI_QT_PREFIX)
    get_filename_component(GPSI_QT_PREFIX "${Qt6_DIR}/../../.." ABSOLUTE)
endif()
set(_qt_prefix "${GPSI_QT_PREFIX}")
foreach(_plugin IN LISTS GPSI_WIN_PLUGINS)
    get_filename_component(_dir ${_plugin} DIRECTORY)
    if(NOT EXISTS "${_qt_prefix}/plugins/${_plugin}")
        message(FATAL_ERROR "deploy: the Qt SDK at ${_qt_prefix} has no plugins/${_plugin}")
    endif()
    install(FILES "${_qt_prefix}/plugins/${_plugin}" DESTINATION ${_dir} COMPONENT runtime)
endforeach()

# Plugins and translations sit beside the executables, not under the SDK's prefix.
file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/qt.conf"
    "[Paths]\nPrefix = .\nPlugins = .\nTranslations = translations\n")
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/qt.conf" DESTINATION . COMPONENT runtime)

# Qt's translations of its own dialogs and buttons, for the languages the program speaks. They
# are platform-independent: Debian's qt6-translations-l10n has them.
find_file(GPSI_QTBASE_DE_QM qtbase_de.qm
    PATHS /usr/share/qt6/translations NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH)
if(GPSI_QTBASE_DE_QM)
    install(FILES "${GPSI_QTBASE_DE_QM}" DESTINATION translations COMPONENT runtime)
else()
    message(WARNING "deploy: qtbase_de.qm not found (apt-get install qt6-translations-l10n): "
                    "Qt's own buttons stay English in the German UI")
endif()

# The DLLs the executables and those plugins import, found in the Qt SDK and the MinGW runtime
# folders (deploydlls.cmake).
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++-6.dll
    OUTPUT_VARIABLE _libstdcxx OUTPUT_STRIP_TRAILING_WHITESPACE)
get_filename_component(_gcc_dir "${_libstdcxx}" DIRECTORY)
set(GPSI_WIN_DLL_DIRS "${_qt_prefix}/bin" "${_gcc_dir}" /usr/x86_64-w64-mingw32/lib)
list(TRANSFORM GPSI_WIN_PLUGINS PREPEND "${_qt_prefix}/plugins/" OUTPUT_VARIABLE _plugin_paths)
find_program(GPSI_MINGW_OBJDUMP NAMES x86_64-w64-mingw32-objdump REQUIRED)
find_program(GPSI_MINGW_STRIP NAMES x86_64-w64-mingw32-strip REQUIRED)
install(CODE "
    set(ROOTS \"$<TARGET_FILE:gpsi-doctor>\" \"$<TARGET_FILE:gpsi-doctor-console>\" ${_plugin_paths})
    set(DIRS ${GPSI_WIN_DLL_DIRS})
    set(DEST \"\${CMAKE_INSTALL_PREFIX}\")
    set(OBJDUMP \"${GPSI_MINGW_OBJDUMP}\")
    set(STRIP \"${GPSI_MINGW_STRIP}\")
    include(\"${CMAKE_CURRENT_LIST_DIR}/deploydlls.cmake\")
" COMPONENT runtime)
