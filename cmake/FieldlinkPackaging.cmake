# What `cmake --install` puts next to the binaries so desktops find the app, and the .deb CPack builds.

install(FILES ${PROJECT_SOURCE_DIR}/resources/io.github.fieldlink.Fieldlink.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/io.github.fieldlink.Fieldlink.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# One scalable icon serves every size and scale factor.
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/fieldlink.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME io.github.fieldlink.Fieldlink.svg)

set(CPACK_PACKAGE_NAME fieldlink)
set(CPACK_PACKAGE_VENDOR "Fieldlink")
set(CPACK_PACKAGE_CONTACT "Fieldlink developers <dev@fieldlink.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY fieldlink)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# Debug information stays in the build tree; users get lean binaries.
set(CPACK_STRIP_FILES ON)
# Library dependencies are read off the binaries (dpkg-shlibdeps); what Qt loads as plugins at run time is
# invisible to that, so it is named: the SQLite driver, the platform plugins and the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# Secrets need a Secret Service (GNOME Keyring, KWallet's, KeePassXC's); any one will do.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
include(CPack)
