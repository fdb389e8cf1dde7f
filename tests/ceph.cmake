# Tests against a real throwaway Ceph cluster (label "ceph"). The fixture
# starts one cluster for all of them and stops it after; if it cannot start,
# the setup test fails and CTest fails every test that needs it.
if(NOT CLOUDBACKUP_RBD)
    return()
endif()

set(CB_CEPH_DIR ${CMAKE_BINARY_DIR}/ceph-test)
set(CB_CEPH_SCRIPT ${PROJECT_SOURCE_DIR}/scripts/ceph-cluster.sh)

add_test(NAME ceph_cluster_start COMMAND ${CB_CEPH_SCRIPT} start ${CB_CEPH_DIR})
set_tests_properties(ceph_cluster_start PROPERTIES FIXTURES_SETUP ceph LABELS ceph TIMEOUT 600)
add_test(NAME ceph_cluster_stop COMMAND ${CB_CEPH_SCRIPT} stop ${CB_CEPH_DIR})
set_tests_properties(ceph_cluster_stop PROPERTIES FIXTURES_CLEANUP ceph LABELS ceph TIMEOUT 120)

cb_add_test(tst_rbd SOURCES tst_rbd.cpp RbdTestSupport.h RbdTestSupport.cpp
    LIBS cloudbackup_core LABELS ceph FIXTURES ceph)
add_dependencies(tst_rbd cloudbackupctl) # a restore in another process

# A second cluster holding a RADOS repository, apart from the volumes'.
set(CB_CEPH_REPO_DIR ${CMAKE_BINARY_DIR}/ceph-repo-test)
add_test(NAME ceph_repo_cluster_start COMMAND ${CB_CEPH_SCRIPT} start ${CB_CEPH_REPO_DIR})
set_tests_properties(ceph_repo_cluster_start PROPERTIES FIXTURES_SETUP ceph_repo LABELS ceph TIMEOUT 600)
add_test(NAME ceph_repo_cluster_stop COMMAND ${CB_CEPH_SCRIPT} stop ${CB_CEPH_REPO_DIR})
set_tests_properties(ceph_repo_cluster_stop PROPERTIES FIXTURES_CLEANUP ceph_repo LABELS ceph TIMEOUT 120)
# Leases of 5 s: the killed console's lease runs out within the test.
cb_add_test(tst_radosrepo SOURCES tst_radosrepo.cpp RbdTestSupport.h RbdTestSupport.cpp
    LIBS cloudbackup_core cloudbackup_ctlsupport LABELS ceph FIXTURES "ceph;ceph_repo"
    ENV "CLOUDBACKUP_TEST_REPO_CEPH_CONF=${CB_CEPH_REPO_DIR}/ceph.conf;CLOUDBACKUP_RADOS_LEASE_SECONDS=5")
add_dependencies(tst_radosrepo cloudbackupctl)
# repo sync from a local repository to an encrypted RADOS one and back (tst_sync's RADOS case).
add_test(NAME tst_sync_rados COMMAND tst_sync localToRados)
set_tests_properties(tst_sync_rados PROPERTIES LABELS ceph TIMEOUT 900 FIXTURES_REQUIRED "ceph;ceph_repo"
    RESOURCE_LOCK "ceph;ceph_repo"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;CLOUDBACKUPCTL=$<TARGET_FILE:cloudbackupctl>;CLOUDBACKUP_TEST_REPO_CEPH_CONF=${CB_CEPH_REPO_DIR}/ceph.conf")

cb_add_test(tst_rbdlist SOURCES tst_rbdlist.cpp RbdTestSupport.h RbdTestSupport.cpp
    LIBS cloudbackup_core cloudbackup_ctlsupport LABELS ceph FIXTURES ceph)
add_dependencies(tst_rbdlist cloudbackupctl)

# A second cluster beside the first, for several clusters at once; the test
# stops it half-way (stopping it again at cleanup is harmless).
set(CB_CEPH2_DIR ${CMAKE_BINARY_DIR}/ceph-test-2)
add_test(NAME ceph_cluster2_start COMMAND ${CB_CEPH_SCRIPT} start ${CB_CEPH2_DIR})
set_tests_properties(ceph_cluster2_start PROPERTIES FIXTURES_SETUP ceph2 LABELS ceph TIMEOUT 600)
add_test(NAME ceph_cluster2_stop COMMAND ${CB_CEPH_SCRIPT} stop ${CB_CEPH2_DIR})
set_tests_properties(ceph_cluster2_stop PROPERTIES FIXTURES_CLEANUP ceph2 LABELS ceph TIMEOUT 120)
cb_add_test(tst_rbdclusters SOURCES tst_rbdclusters.cpp RbdTestSupport.h RbdTestSupport.cpp
    LIBS cloudbackup_core cloudbackup_ctlsupport LABELS ceph FIXTURES "ceph;ceph2"
    ENV "CEPH2_CONF=${CB_CEPH2_DIR}/ceph.conf")
target_compile_definitions(tst_rbdclusters PRIVATE CB_CEPH_SCRIPT="${CB_CEPH_SCRIPT}")
add_dependencies(tst_rbdclusters cloudbackupctl)

# Every test labelled "ceph" - here or in files included after this one -
# talks to the fixture's cluster. Deferred to the end of this directory so
# later registrations are covered too.
function(cb_ceph_environment)
    get_property(tests DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} PROPERTY TESTS)
    foreach(test IN LISTS tests)
        get_test_property(${test} LABELS labels)
        if(labels AND "ceph" IN_LIST labels AND NOT test MATCHES "^ceph_(repo_)?cluster")
            set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT "CEPH_CONF=${CB_CEPH_DIR}/ceph.conf")
        endif()
    endforeach()
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} CALL cb_ceph_environment)
