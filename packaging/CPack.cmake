# Packaging for UnionDesk.
#
# include() this file from the top-level CMakeLists.txt after the install() rules of the
# executable and its data:
#
#     include(packaging/CPack.cmake)
#
# It installs the desktop integration files (Linux only) and configures CPack to produce a
# tarball and a Debian package (`cpack` or `cmake --build <dir> --target package`).

include(GNUInstallDirs)

# --- Desktop integration (freedesktop.org) --------------------------------------------------
if(UNIX AND NOT APPLE)
    install(FILES "${CMAKE_SOURCE_DIR}/packaging/uniondesk.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${CMAKE_SOURCE_DIR}/packaging/org.uniondesk.UnionDesk.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${CMAKE_SOURCE_DIR}/resources/icons/app.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
            RENAME "org.uniondesk.UnionDesk.svg")
endif()

# --- Common package metadata ----------------------------------------------------------------
set(CPACK_PACKAGE_NAME "uniondesk")
set(CPACK_PACKAGE_VENDOR "UnionDesk Project")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Office desk for a university trade union (工会事务台)")
set(CPACK_PACKAGE_DESCRIPTION
    "UnionDesk keeps the daily work of a university trade union office in one place:
the member roster, sub-unions, the annual work schedule, staff congress
proposals, mutual aid and awards, with spreadsheet import and export, printing
and backups.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VERSION_MAJOR "${PROJECT_VERSION_MAJOR}")
set(CPACK_PACKAGE_VERSION_MINOR "${PROJECT_VERSION_MINOR}")
set(CPACK_PACKAGE_VERSION_PATCH "${PROJECT_VERSION_PATCH}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "UnionDesk")
set(CPACK_PACKAGE_EXECUTABLES "uniondesk" "UnionDesk")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

set(UNIONDESK_PACKAGE_MAINTAINER "UnionDesk Maintainers <uniondesk@example.org>"
    CACHE STRING "Maintainer (name and e-mail) written into binary packages")
set(CPACK_PACKAGE_CONTACT "${UNIONDESK_PACKAGE_MAINTAINER}")

if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "TGZ;DEB")
endif()

# Source tarballs (`make package_source`) leave out build trees and VCS data.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/" "~$")

# --- Debian package (Debian 12 "bookworm" names) ----------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${UNIONDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4)"
    "libqt6gui6 (>= 6.4)"
    "libqt6widgets6 (>= 6.4)"
    "libqt6sql6 (>= 6.4)"
    "libqt6sql6-sqlite (>= 6.4)"
    "libqt6sql6-psql (>= 6.4)"
    "libqt6charts6 (>= 6.4)"
    "libqt6printsupport6 (>= 6.4)"
    "libqt6svg6 (>= 6.4)"
    "qt6-qpa-plugins (>= 6.4)"
    "libxlsxwriter4"
    "libzip4"
    "libexpat1"
    "libicu72"
    "libsqlite3-0"
    "fonts-noto-cjk")
list(JOIN CPACK_DEBIAN_PACKAGE_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

include(CPack)
