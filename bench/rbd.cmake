# `ninja bench-rbd`: runs bench/rbd_bench.sh against this build's
# cloudbackupctl on its own throwaway Ceph cluster (RBD backup vs rbd export,
# export-diff and import). Not a test: it prints figures.
if(CLOUDBACKUP_RBD AND TARGET cloudbackupctl)
    set(CLOUDBACKUP_BENCH_RBD_MIB 1024 CACHE STRING "Image size in MiB for the bench-rbd target")
    add_custom_target(bench-rbd
        COMMAND ${CMAKE_COMMAND} -E env CLOUDBACKUPCTL=$<TARGET_FILE:cloudbackupctl>
                ${CMAKE_CURRENT_SOURCE_DIR}/rbd_bench.sh ${CMAKE_BINARY_DIR} ${CLOUDBACKUP_BENCH_RBD_MIB}
        DEPENDS cloudbackupctl
        USES_TERMINAL
        VERBATIM)
endif()

# rbd_probe: the backend's read and write path alone (no hashing, compression
# or repository), to tell backend time from engine time. Built on request.
if(CLOUDBACKUP_RBD)
    add_executable(rbd_probe EXCLUDE_FROM_ALL rbd_probe.cpp)
    target_link_libraries(rbd_probe PRIVATE cloudbackup_core)
endif()

# rbd_volumes_page: the console's Volumes page over many images (run by
# rbd_scale_bench.sh when built). Built on request.
if(CLOUDBACKUP_RBD AND TARGET cloudbackup_ui)
    find_package(Qt6 REQUIRED COMPONENTS Test)
    add_executable(rbd_volumes_page EXCLUDE_FROM_ALL rbd_volumes_page.cpp)
    target_link_libraries(rbd_volumes_page PRIVATE cloudbackup_ui Qt6::Test cloudbackup_flags)
endif()
