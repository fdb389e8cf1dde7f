# The Debian packages (scripts/package.sh) and their checks: lintian,
# desktop-file-validate, appstreamcli, dependencies, contents, manuals, version,
# hardening. Then their lifecycle on this machine (tests/install.sh, as root):
# fresh install, upgrade from the previous release, refused downgrade, remove
# and purge. Not in a sanitizer build, so the ASan run never runs them.
if(CLOUDBACKUP_GUI AND NOT CLOUDBACKUP_SANITIZE)
    add_test(NAME package COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/package.sh ${CMAKE_BINARY_DIR} ${PROJECT_VERSION})
    # Alone: it builds in the build directory and cpack stages there.
    set_tests_properties(package PROPERTIES LABELS package TIMEOUT 600 RUN_SERIAL ON
        FIXTURES_SETUP debian_packages ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8")
    add_test(NAME install COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/install.sh ${CMAKE_BINARY_DIR} ${PROJECT_VERSION})
    # Alone: it installs and purges the packages system-wide. 77: not root.
    set_tests_properties(install PROPERTIES LABELS package TIMEOUT 600 RUN_SERIAL ON SKIP_RETURN_CODE 77
        FIXTURES_REQUIRED debian_packages ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8")
endif()
