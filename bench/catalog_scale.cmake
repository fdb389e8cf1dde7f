# `catalog_scale`: the console and the command line at 100,000 backups
# (see catalog_scale.cpp and bench/README.md). Run it from the build dir:
#   bench/catalog_scale            # 100,000 backups, 20 volumes, a 3,000-backup chain
if(TARGET cloudbackup_ui AND TARGET cloudbackupctl)
    find_package(Qt6 REQUIRED COMPONENTS Test)
    add_executable(catalog_scale catalog_scale.cpp)
    target_link_libraries(catalog_scale PRIVATE cloudbackup_ui Qt6::Test cloudbackup_flags)
    target_compile_definitions(catalog_scale PRIVATE CLOUDBACKUPCTL="$<TARGET_FILE:cloudbackupctl>")
    add_dependencies(catalog_scale cloudbackupctl)
endif()
