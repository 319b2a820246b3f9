# SPDX-FileCopyrightText: 2026 The Recoup developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration (launcher, AppStream metadata, icon), a Debian package
# with `cpack --preset release`, and checks of the metadata when the tools are there.
include(GNUInstallDirs)

set(RECOUP_APP_ID io.github.recoup.Recoup)
set(packaging_dir ${PROJECT_SOURCE_DIR}/packaging)

install(FILES ${packaging_dir}/${RECOUP_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${packaging_dir}/${RECOUP_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${packaging_dir}/recoup.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# Debian looks for the licence of a package under this name.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/recoup RENAME copyright)

# The metadata is checked like code: a broken launcher or metainfo fails the tests.
if(RECOUP_BUILD_TESTS)
  find_program(APPSTREAMCLI appstreamcli)
  if(APPSTREAMCLI)
    add_test(NAME packaging_metainfo
      COMMAND ${APPSTREAMCLI} validate --no-net --explain ${packaging_dir}/${RECOUP_APP_ID}.metainfo.xml)
  endif()
  find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
  if(DESKTOP_FILE_VALIDATE)
    add_test(NAME packaging_desktop COMMAND ${DESKTOP_FILE_VALIDATE} ${packaging_dir}/${RECOUP_APP_ID}.desktop)
  endif()
endif()

set(CPACK_PACKAGE_NAME recoup)
set(CPACK_PACKAGE_VENDOR "The Recoup developers")
set(CPACK_PACKAGE_CONTACT "The Recoup developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# Library dependencies come from dpkg-shlibdeps; Qt's plugins are loaded at run
# time, so the SQLite driver, which every book needs, and the SVG icon engine,
# which draws the side bar's icons, are named by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
