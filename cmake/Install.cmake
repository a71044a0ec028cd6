# Installation: the libraries, the public headers, the CMake package and the
# pkg-config file. Components name what goes into which Debian package (cmake/Package.cmake):
#   runtime     libgongwen.so.0                       → libgongwen
#   development headers, .so link, .a, CMake, .pc     → libgongwen-dev
#   tool        the gongwen command                   → gongwen
include(CMakePackageConfigHelpers)

set(GONGWEN_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/gongwen)

install(TARGETS gongwen EXPORT gongwen-shared
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime NAMELINK_COMPONENT development)
install(TARGETS gongwen_static EXPORT gongwen-static
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development)
install(EXPORT gongwen-shared FILE gongwen-shared-targets.cmake NAMESPACE gongwen::
  DESTINATION ${GONGWEN_CMAKE_DIR} COMPONENT development)
install(EXPORT gongwen-static FILE gongwen-static-targets.cmake NAMESPACE gongwen::
  DESTINATION ${GONGWEN_CMAKE_DIR} COMPONENT development)

install(DIRECTORY include/gongwen DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development)
install(FILES ${PROJECT_BINARY_DIR}/include/gongwen/export.h ${PROJECT_BINARY_DIR}/include/gongwen/version.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/gongwen COMPONENT development)

configure_package_config_file(cmake/gongwenConfig.cmake.in ${PROJECT_BINARY_DIR}/gongwenConfig.cmake
  INSTALL_DESTINATION ${GONGWEN_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/gongwenConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/gongwenConfig.cmake ${PROJECT_BINARY_DIR}/gongwenConfigVersion.cmake
  DESTINATION ${GONGWEN_CMAKE_DIR} COMPONENT development)

# The .pc file finds its prefix relative to itself, so an installed tree can be moved.
set(GONGWEN_PC_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
file(RELATIVE_PATH GONGWEN_PC_PREFIX_FROM_PCDIR /prefix/${GONGWEN_PC_DIR} /prefix)
string(REGEX REPLACE "/$" "" GONGWEN_PC_PREFIX_FROM_PCDIR "${GONGWEN_PC_PREFIX_FROM_PCDIR}")
configure_file(cmake/gongwen.pc.in ${PROJECT_BINARY_DIR}/gongwen.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/gongwen.pc DESTINATION ${GONGWEN_PC_DIR} COMPONENT development)

install(FILES docs/schema/gongwen.schema.json DESTINATION ${CMAKE_INSTALL_DATADIR}/gongwen COMPONENT development)
