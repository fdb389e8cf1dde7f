# `ninja bench-file`: runs bench/file_bench.sh against this build's
# cloudbackupctl (file volume vs restic, borg and zstd; see bench/README.md).
if(TARGET cloudbackupctl)
    set(CLOUDBACKUP_BENCH_FILE_MIB 1024 CACHE STRING "Volume size in MiB for the bench-file target")
    add_custom_target(bench-file
        COMMAND ${CMAKE_COMMAND} -E env CLOUDBACKUPCTL=$<TARGET_FILE:cloudbackupctl>
                ${CMAKE_CURRENT_SOURCE_DIR}/file_bench.sh ${CMAKE_BINARY_DIR} ${CLOUDBACKUP_BENCH_FILE_MIB}
        DEPENDS cloudbackupctl
        USES_TERMINAL
        VERBATIM)
endif()
