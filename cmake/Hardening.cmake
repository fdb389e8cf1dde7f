# Debian's hardening, as dpkg-buildflags gives a package with hardening=+all:
# fortified libc calls, stack protector and stack clash protection, control
# flow protection, format string errors, PIE and full RELRO (lintian's
# hardening-* tags and tests/package.sh check the packaged programs).
# Off under the sanitizers, which bring their own checks and build without
# optimisation (where _FORTIFY_SOURCE only warns).
include(CMakeDependentOption)
include(CheckCXXCompilerFlag)
include(CheckPIESupported)
cmake_dependent_option(CLOUDBACKUP_HARDENING
    "Build with Debian's hardening flags (fortify, stack protector, PIE, full RELRO)" ON
    "NOT CLOUDBACKUP_SANITIZE" OFF)

if(CLOUDBACKUP_HARDENING)
    check_pie_supported(LANGUAGES CXX)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    target_compile_options(cloudbackup_flags INTERFACE
        -fstack-protector-strong -Wformat -Werror=format-security
        # Fortification needs the optimiser: only in the optimised configurations.
        "$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE>"
        "$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-D_FORTIFY_SOURCE=2>")
    # Not every architecture has these (-fcf-protection is x86's).
    foreach(flag -fstack-clash-protection -fcf-protection)
        string(MAKE_C_IDENTIFIER "CB_HAS${flag}" var)
        check_cxx_compiler_flag(${flag} ${var})
        if(${var})
            target_compile_options(cloudbackup_flags INTERFACE ${flag})
        endif()
    endforeach()
    target_link_options(cloudbackup_flags INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()
