# The Debian packages (scripts/package.sh) and their checks: lintian,
# desktop-file-validate, appstreamcli, dependencies, contents, manuals, version.
if(CLOUDBACKUP_GUI AND NOT CLOUDBACKUP_SANITIZE)
    add_test(NAME package COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/package.sh ${CMAKE_BINARY_DIR} ${PROJECT_VERSION})
    # Alone: it builds in the build directory and cpack stages there.
    set_tests_properties(package PROPERTIES LABELS package TIMEOUT 600 RUN_SERIAL ON
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8")
endif()
