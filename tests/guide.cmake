# The operations guide (docs/operations*.md) runs: tests/guide.sh extracts the
# annotated ```sh blocks of both languages and runs each kind in a sandbox.
add_test(NAME guide COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/guide.sh local ${CMAKE_BINARY_DIR})
# Its own label: the commands it runs are the CLI tests' under the sanitizers already.
set_tests_properties(guide PROPERTIES LABELS guide TIMEOUT 600 ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8")
if(CLOUDBACKUP_RBD)
    # CEPH_CONF comes from ceph.cmake's deferred environment for label ceph.
    add_test(NAME guide_ceph COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/guide.sh ceph ${CMAKE_BINARY_DIR})
    set_tests_properties(guide_ceph PROPERTIES LABELS ceph TIMEOUT 600 FIXTURES_REQUIRED ceph RESOURCE_LOCK ceph
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8")
endif()
if(TEST package)
    # As root, after the package test built build/packages; installs, upgrades
    # and purges the packages, so alone.
    add_test(NAME guide_package COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/guide.sh package ${CMAKE_BINARY_DIR})
    set_tests_properties(guide_package PROPERTIES LABELS package TIMEOUT 900 RUN_SERIAL ON DEPENDS package SKIP_RETURN_CODE 77
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8")
endif()
