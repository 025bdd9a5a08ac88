# One interface target carries the language standard, the warnings and Qt's strictness flags,
# so every csodesk target is compiled the same way (the qBittorrent approach).
add_library(csodesk_options INTERFACE)
add_library(csodesk::options ALIAS csodesk_options)

target_compile_features(csodesk_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(csodesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough -Wformat=2)
if(CSODESK_WERROR)
    target_compile_options(csodesk_options INTERFACE -Werror)
endif()

target_compile_definitions(csodesk_options INTERFACE
    # Text must be converted to and from bytes on purpose, never by accident (encoding bugs
    # with Indonesian names are exactly the kind that reach customers).
    QT_RESTRICTED_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CSODESK_SANITIZE)
    target_compile_options(csodesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(csodesk_options INTERFACE -fsanitize=address,undefined)
endif()

if(CSODESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CSODESK_FUZZ needs clang (configure with CXX=clang++)")
    endif()
    # Coverage instrumentation everywhere; the fuzzer's own main is linked into the targets only.
    target_compile_options(csodesk_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(csodesk_options INTERFACE -fsanitize=address,undefined)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()
