# cmake -P: writes OUTPUT from TEMPLATE with CB_FULL_VERSION = VERSION, plus
# "(git DESCRIBE)" when SOURCE_DIR is a git checkout and git answers.
# configure_file rewrites OUTPUT only when it changes, so an unchanged commit
# recompiles nothing.
set(CB_FULL_VERSION "${VERSION}")
if(USE_GIT AND EXISTS "${SOURCE_DIR}/.git")
    find_program(GIT_EXECUTABLE git)
    if(GIT_EXECUTABLE)
        execute_process(COMMAND ${GIT_EXECUTABLE} -C ${SOURCE_DIR} describe --tags --always --dirty
            OUTPUT_VARIABLE describe OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE failed ERROR_QUIET)
        if(NOT failed AND describe)
            set(CB_FULL_VERSION "${VERSION} (git ${describe})")
        endif()
    endif()
endif()
configure_file(${TEMPLATE} ${OUTPUT} @ONLY)
