# SPDX-FileCopyrightText: 2026 The Recoup developers
# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries the language standard, warnings and Qt defines
# for every target of the project.

# Plain ISO C++20 (-std=c++20, not gnu++20), so nothing compiles here that a
# stricter compiler would refuse.
set(CMAKE_CXX_EXTENSIONS OFF)
# CMake's own switch rather than a hand-written -Werror: `cmake --compile-no-warning-as-error`
# can still turn it off for one build without editing the cache.
set(CMAKE_COMPILE_WARNING_AS_ERROR ${RECOUP_WERROR})

add_library(recoup_config INTERFACE)
target_compile_features(recoup_config INTERFACE cxx_std_20)
target_compile_options(recoup_config INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor)
# Only guards that Qt 6.4 knows: QT_DISABLE_DEPRECATED_UP_TO and
# QT_NO_CONTEXTLESS_CONNECT came with Qt 6.5 and would silently do nothing here.
target_compile_definitions(recoup_config INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  RECOUP_VERSION="${PROJECT_VERSION}")

# The sanitize preset: memory errors, leaks and undefined behaviour stop the
# program at the first finding (no recovery), with whole stack traces.
if(RECOUP_SANITIZE)
  set(recoup_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all)
  target_compile_options(recoup_config INTERFACE ${recoup_sanitizers} -fno-omit-frame-pointer)
  target_link_options(recoup_config INTERFACE ${recoup_sanitizers})
endif()

# recoup_sources(VAR DIR...): the .cpp/.h/.ui files of each folder, so adding a
# file never means editing a list by hand.
function(recoup_sources var)
  set(files)
  foreach(dir IN LISTS ARGN)
    file(GLOB found CONFIGURE_DEPENDS
      ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.cpp
      ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.h
      ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.ui)
    list(APPEND files ${found})
  endforeach()
  set(${var} ${files} PARENT_SCOPE)
endfunction()
