# SPDX-FileCopyrightText: 2026 The Recoup developers
# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries the language standard, warnings and Qt defines
# for every target of the project.
add_library(recoup_config INTERFACE)
target_compile_features(recoup_config INTERFACE cxx_std_20)
target_compile_options(recoup_config INTERFACE -Wall -Wextra -Wpedantic $<$<BOOL:${RECOUP_WERROR}>:-Werror>)
target_compile_definitions(recoup_config INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  RECOUP_VERSION="${PROJECT_VERSION}")

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
