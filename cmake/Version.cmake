# The version comes from one place: project(VERSION) in the top CMakeLists.txt.
# A development build appends `git describe --tags --always --dirty`, worked
# out at every build (not only at configure time) so a binary never claims a
# commit it was not built from; a build from a tarball (no .git) has none.
option(CLOUDBACKUP_GIT_VERSION "Append git describe to the version of a development build" ON)

set(CB_VERSION_CPP ${CMAKE_BINARY_DIR}/generated/Version.cpp)
add_custom_target(cloudbackup_version_file
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DVERSION=${PROJECT_VERSION}
        -DUSE_GIT=${CLOUDBACKUP_GIT_VERSION} -DTEMPLATE=${PROJECT_SOURCE_DIR}/cmake/Version.cpp.in
        -DOUTPUT=${CB_VERSION_CPP} -P ${PROJECT_SOURCE_DIR}/cmake/GitVersion.cmake
    BYPRODUCTS ${CB_VERSION_CPP}
    COMMENT "Version"
    VERBATIM)

# Only the two programs link this: a new commit recompiles one file, not the world.
add_library(cloudbackup_version STATIC ${PROJECT_SOURCE_DIR}/app/Version.h ${CB_VERSION_CPP})
add_dependencies(cloudbackup_version cloudbackup_version_file)
target_include_directories(cloudbackup_version PUBLIC ${PROJECT_SOURCE_DIR}/app)
target_link_libraries(cloudbackup_version PUBLIC Qt6::Core cloudbackup_flags)
