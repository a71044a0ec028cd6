# Debian packages with CPack (cpack -G DEB in the build directory):
#   libgongwen      the shared library (libgongwen.so.0)
#   libgongwen-dev  headers, libgongwen.so, libgongwen.a, the CMake package, gongwen.pc
#   gongwen         the command-line tool
# CPack puts the project's description first, as every package's synopsis.
# The target desktops (Kylin, UOS) are Debian-based. dpkg-shlibdeps computes the
# run-time dependencies from the binaries; the -dev package names the -dev
# packages its static library and CMake package need.
set(CPACK_PACKAGE_NAME gongwen)
set(CPACK_PACKAGE_VENDOR "gongwen")
set(CPACK_PACKAGE_CONTACT "gongwen maintainers <gongwen@localhost>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime development tool)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The tool links libgongwen.so.0 from the package built beside it: dpkg-shlibdeps finds it in the build tree.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${PROJECT_BINARY_DIR}/lib)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)  # a shlibs file, so packages built on libgongwen get their dependency
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME libgongwen)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION "The shared library behind the gongwen tool, with a C++ and a C interface.")

set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME libgongwen-dev)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
set(CPACK_COMPONENT_DEVELOPMENT_DEPENDS runtime)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS
  "libicu-dev, libre2-dev, libzip-dev, libpugixml-dev, libssl-dev, libxlsxwriter-dev, pkg-config")
set(CPACK_DEBIAN_DEVELOPMENT_DESCRIPTION "Development files: headers, the static library, the CMake package (find_package(gongwen)) and gongwen.pc.")

set(CPACK_DEBIAN_TOOL_PACKAGE_NAME gongwen)
set(CPACK_DEBIAN_TOOL_PACKAGE_SECTION text)
set(CPACK_COMPONENT_TOOL_DEPENDS runtime)
set(CPACK_DEBIAN_TOOL_DESCRIPTION "The command-line tool: gongwen extract turns task-division notices into JSON; gongwen validate checks drafts.")

include(CPack)
