# Debian 12 packages, built by scripts/package.sh with CPack's DEB generator:
#   cloudbackup-cli  cloudbackupctl, the policy runner's systemd unit, bash
#                    completion, the manual (headless servers)
#   cloudbackup      the desktop console, its desktop entry, icon, AppStream
#                    metadata and manual; depends on cloudbackup-cli of the same version
# The translations need no files: they are resources inside both programs.
include(GNUInstallDirs)

set(CLOUDBACKUP_HOMEPAGE "https://cloudbackup.example/" CACHE STRING "The project's home page")
set(CLOUDBACKUP_MAINTAINER "cloudbackup maintainers <maintainers@cloudbackup.example>"
    CACHE STRING "The packages' maintainer")
set(CLOUDBACKUP_VENDOR "The cloudbackup authors")
# The date of the release project(VERSION) names: bump both together.
set(CLOUDBACKUP_RELEASE_DATE 2026-11-28)
execute_process(COMMAND date -u -R -d "${CLOUDBACKUP_RELEASE_DATE} 06:00 UTC"
    OUTPUT_VARIABLE CLOUDBACKUP_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE)
set(CPACK_PACKAGE_CONTACT "${CLOUDBACKUP_MAINTAINER}")

# `install` and cpack's preinstall build only what they install (scripts/package.sh
# builds it), not every test and benchmark.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
# A packaging umask must not leak into the packages' directories.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Manual pages, compressed as Debian wants them (gzip -9n: no name, no time).
# cloudbackupctl.1 is written by the built program from its command table, in
# English and in Chinese.
set(cb_gen ${CMAKE_BINARY_DIR}/packaging)
set(cb_man_outputs ${cb_gen}/man/cloudbackupctl.1.gz ${cb_gen}/man/zh_CN/cloudbackupctl.1.gz
    ${cb_gen}/man/cloudbackup.1.gz)
add_custom_command(OUTPUT ${cb_man_outputs}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${cb_gen}/man/zh_CN
    COMMAND sh -c "\"$1\" --lang en help --man > \"$2\"" sh $<TARGET_FILE:cloudbackupctl>
        ${cb_gen}/man/cloudbackupctl.1
    COMMAND sh -c "\"$1\" --lang zh_CN help --man > \"$2\"" sh $<TARGET_FILE:cloudbackupctl>
        ${cb_gen}/man/zh_CN/cloudbackupctl.1
    COMMAND sh -c "gzip -9nc \"$1\" > \"$1.gz\"" sh ${cb_gen}/man/cloudbackupctl.1
    COMMAND sh -c "gzip -9nc \"$1\" > \"$1.gz\"" sh ${cb_gen}/man/zh_CN/cloudbackupctl.1
    COMMAND sh -c "gzip -9nc \"$1\" > \"$2\"" sh ${PROJECT_SOURCE_DIR}/resources/man/cloudbackup.1
        ${cb_gen}/man/cloudbackup.1.gz
    DEPENDS cloudbackupctl ${PROJECT_SOURCE_DIR}/resources/man/cloudbackup.1
    COMMENT "Manual pages"
    VERBATIM)

# Each package's /usr/share/doc: copyright and a Debian changelog.
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in ${cb_gen}/changelog @ONLY)
add_custom_command(OUTPUT ${cb_gen}/changelog.gz
    COMMAND sh -c "gzip -9nc \"$1\" > \"$1.gz\"" sh ${cb_gen}/changelog
    DEPENDS ${cb_gen}/changelog
    VERBATIM)
configure_file(${PROJECT_SOURCE_DIR}/resources/io.cloudbackup.Console.metainfo.xml.in
    ${cb_gen}/io.cloudbackup.Console.metainfo.xml @ONLY)
# Not in a sanitizer build: there the program writing its manual may stop on a leak report.
if(CLOUDBACKUP_SANITIZE)
    set(cb_all "")
else()
    set(cb_all ALL)
endif()
add_custom_target(cloudbackup_package_files ${cb_all} DEPENDS ${cb_man_outputs} ${cb_gen}/changelog.gz)

install(FILES ${cb_gen}/man/cloudbackupctl.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT cli)
install(FILES ${cb_gen}/man/zh_CN/cloudbackupctl.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/zh_CN/man1
    COMPONENT cli)
# The policy runner's account (User= of its unit), made by postinst.
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/cloudbackup.sysusers DESTINATION lib/sysusers.d
    RENAME cloudbackup.conf COMPONENT cli)
if(CLOUDBACKUP_GUI)
    install(FILES ${cb_gen}/man/cloudbackup.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT console)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/io.cloudbackup.Console.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT console)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/io.cloudbackup.Console.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT console)
    install(FILES ${cb_gen}/io.cloudbackup.Console.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT console)
endif()
function(cb_install_doc component package)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright ${cb_gen}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endfunction()
cb_install_doc(cli cloudbackup-cli)
if(CLOUDBACKUP_GUI)
    cb_install_doc(console cloudbackup)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cloudbackup)
set(CPACK_PACKAGE_VENDOR "${CLOUDBACKUP_VENDOR}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL cli)
if(CLOUDBACKUP_GUI)
    list(APPEND CPACK_COMPONENTS_ALL console)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CLOUDBACKUP_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CLOUDBACKUP_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLI_PACKAGE_NAME cloudbackup-cli)
# Qt loads the catalog's SQL drivers as plugins: shlibdeps cannot see them.
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_CLI_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/resources/debian/postinst)
set(CPACK_COMPONENT_CLI_DESCRIPTION
    "back up cloud block volumes (command line)
cloudbackupctl backs up cloud block volumes (Ceph RBD images and raw
image files) into a deduplicated repository and restores them, with a
catalog in SQLite or PostgreSQL.
.
This package holds the command line, its bash completion and manual,
and the systemd unit of the policy runner (cloudbackup-daemon), for
servers without a desktop.")

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME cloudbackup)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "cloudbackup-cli (= ${PROJECT_VERSION})")
# Qt's own dialogs in Chinese, and Chinese glyphs.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION
    "back up cloud block volumes (desktop console)
The cloudbackup console shows cloud block volumes, their backups and
backup chains, jobs, backup policies and the audit, and backs up and
restores volumes, with every operation checked against the user's role.
.
The command line, cloudbackupctl, is in the package cloudbackup-cli.")

include(CPack)
