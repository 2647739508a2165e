# Install rules that belong to no single target: the CMake package
# (cdeferConfig.cmake, its version file, the exported runtime targets) and
# the pkg-config file. Included at the end of the top-level
# CMakeLists.txt, after every target exists.
#
# The targets install themselves: CDefer.so to ${CMAKE_INSTALL_LIBDIR}/cdefer
# (plugin/clang/CMakeLists.txt); libcdefer.a and libcdefer.so into export set
# cdeferTargets, with cdefer.h and cdefer_abi.h as their PUBLIC_HEADER
# (runtime/CMakeLists.txt). test/install/find-package.test checks the lot.
#
#   cmake --install build --prefix P
#
# Everything installed refers to the other installed files by paths relative
# to itself, so the tree under P can be moved or packaged with DESTDIR.
include(CMakePackageConfigHelpers)

set(CDEFER_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/cdefer")
set(CDEFER_INSTALL_PLUGINDIR "${CMAKE_INSTALL_LIBDIR}/cdefer")
set(CDEFER_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
set(CDEFER_PLUGIN_FILE "CDefer${CMAKE_SHARED_MODULE_SUFFIX}")

# CMake package: find_package(cdefer) gives cdefer::cdefer_static and
# cdefer::cdefer_shared from here, and cdefer::cdefer / cdefer::plugin from
# cdeferConfig.cmake.
install(EXPORT cdeferTargets
  NAMESPACE cdefer::
  FILE cdeferTargets.cmake
  DESTINATION ${CDEFER_INSTALL_CMAKEDIR})
math(EXPR CDEFER_CLANG_NEXT_MAJOR "${CDEFER_CLANG_MAJOR} + 1")
configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/cdeferConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/cdeferConfig.cmake
  INSTALL_DESTINATION ${CDEFER_INSTALL_CMAKEDIR}
  PATH_VARS CDEFER_INSTALL_PLUGINDIR CMAKE_INSTALL_INCLUDEDIR)
# 0.x: a new minor version may change the plugin/runtime ABI.
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/cmake/cdeferConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/cmake/cdeferConfig.cmake
  ${PROJECT_BINARY_DIR}/cmake/cdeferConfigVersion.cmake
  DESTINATION ${CDEFER_INSTALL_CMAKEDIR})

# pkg-config: prefix is computed from ${pcfiledir}, the directory the .pc
# file is found in, unless the install dirs were given as absolute paths.
if(IS_ABSOLUTE "${CDEFER_INSTALL_PKGCONFIGDIR}")
  set(CDEFER_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH _cdefer_up
    "/cdefer-prefix/${CDEFER_INSTALL_PKGCONFIGDIR}" "/cdefer-prefix")
  string(REGEX REPLACE "/$" "" _cdefer_up "${_cdefer_up}")
  set(CDEFER_PC_PREFIX "\${pcfiledir}/${_cdefer_up}")
  unset(_cdefer_up)
endif()
foreach(_dir LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${_dir}}")
    set(CDEFER_PC_${_dir} "${CMAKE_INSTALL_${_dir}}")
  else()
    set(CDEFER_PC_${_dir} "\${prefix}/${CMAKE_INSTALL_${_dir}}")
  endif()
endforeach()
configure_file(${CMAKE_CURRENT_LIST_DIR}/cdefer.pc.in
  ${PROJECT_BINARY_DIR}/cmake/cdefer.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/cmake/cdefer.pc
  DESTINATION ${CDEFER_INSTALL_PKGCONFIGDIR})

# The GCC plugin, next to CDefer.so, when plugin/gcc/ could build it.
if(TARGET cdefer_gcc)
  install(PROGRAMS ${PROJECT_BINARY_DIR}/lib/cdefer_gcc.so DESTINATION ${CDEFER_INSTALL_PLUGINDIR})
endif()
