# Install-time helper of deploy.cmake: copies into DEST the DLLs that the PE files in ROOTS
# import, directly or through each other, found in the folders DIRS (the Qt SDK's bin, the
# MinGW runtime). Import names are matched without regard to case, as Windows does (the import
# tables say "Qt6Core.dll", "KERNEL32.dll"); CMake's file(GET_RUNTIME_DEPENDENCIES) lowercases
# them and then misses files on a case-sensitive disk. A DLL found in none of DIRS is Windows'
# own, unless its name says Qt or MinGW: then the install stops.
#   Variables: ROOTS, DIRS, DEST, OBJDUMP, STRIP.
cmake_policy(PUSH)
cmake_policy(VERSION 3.25) # an install script starts with no policies set (IN_LIST needs one)

# name (lowercase) -> path, for every DLL in DIRS
set(_known)
foreach(_dir IN LISTS DIRS)
    file(GLOB _dlls "${_dir}/*.dll")
    foreach(_dll IN LISTS _dlls)
        get_filename_component(_name "${_dll}" NAME)
        string(TOLOWER "${_name}" _lower)
        if(NOT DEFINED _path_${_lower})
            set(_path_${_lower} "${_dll}")
        endif()
    endforeach()
endforeach()

set(_queue ${ROOTS})
set(_seen)
set(_deployed)
while(_queue)
    list(POP_FRONT _queue _file)
    execute_process(COMMAND "${OBJDUMP}" -p "${_file}" OUTPUT_VARIABLE _dump
                    RESULT_VARIABLE _rc ERROR_QUIET)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "deploy: cannot read the imports of ${_file}")
    endif()
    string(REGEX MATCHALL "DLL Name: [^\n]+" _imports "${_dump}")
    foreach(_line IN LISTS _imports)
        string(REGEX REPLACE "DLL Name: " "" _import "${_line}")
        string(STRIP "${_import}" _import)
        string(TOLOWER "${_import}" _lower)
        if(_lower IN_LIST _seen)
            continue()
        endif()
        list(APPEND _seen "${_lower}")
        if(DEFINED _path_${_lower})
            list(APPEND _deployed "${_path_${_lower}}")
            list(APPEND _queue "${_path_${_lower}}")
        elseif(_lower MATCHES "^(qt6|libstdc|libgcc|libwinpthread)")
            message(FATAL_ERROR "deploy: ${_import} (imported by ${_file}) is in none of ${DIRS}")
        endif()
    endforeach()
endwhile()

foreach(_dll IN LISTS _deployed)
    get_filename_component(_name "${_dll}" NAME)
    message(STATUS "Installing: ${DEST}/${_name}")
    file(COPY_FILE "${_dll}" "${DEST}/${_name}")
    # Debian ships the MinGW runtime with its symbols (libstdc++-6.dll: 23 MB); the SDK's Qt
    # DLLs are stripped already.
    if(_name MATCHES "^lib")
        execute_process(COMMAND "${STRIP}" --strip-unneeded "${DEST}/${_name}"
                        COMMAND_ERROR_IS_FATAL ANY)
    endif()
endforeach()
cmake_policy(POP)
