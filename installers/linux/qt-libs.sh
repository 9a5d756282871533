# Which system libraries Qt's window plugins lack on this machine, and which Debian/Ubuntu
# packages hold them. Sourced (bash) by scripts/system-deps.sh for `make run`, and by install.sh
# in the Linux tarball. A fresh Debian or a minimal Ubuntu lacks some X11 (xcb) libraries
# that Qt's xcb platform plugin links against (libxcb-icccm4, libxcb-keysyms1, libxcb-cursor0…);
# without them Qt aborts before the first window.

# missing_libraries FILE...: the sonames the files need that the loader cannot find, one a line.
missing_libraries() {
    command -v ldd >/dev/null 2>&1 || return 0
    ldd "$@" 2>/dev/null | awk '/=> not found/ { print $1 }' | sort -u
}

# debian_package SONAME: Debian names a library package after its soname (libxcb-icccm.so.4 ->
# libxcb-icccm4, libdbus-1.so.3 -> libdbus-1-3, libEGL.so.1 -> libegl1), with a few exceptions.
debian_package() {
    local soname=$1 name version
    case $soname in
        libc.so.* | libm.so.* | libdl.so.* | libpthread.so.* | librt.so.* | libresolv.so.*)
            echo libc6; return ;;
        libglib-2.0.so.* | libgobject-2.0.so.* | libgio-2.0.so.* | libgmodule-2.0.so.* | libgthread-2.0.so.*)
            echo libglib2.0-0; return ;;
        libz.so.*) echo zlib1g; return ;;
        libGLdispatch.so.*) echo libglvnd0; return ;;
        libharfbuzz.so.*) echo libharfbuzz0b; return ;;
        libbrotlicommon.so.* | libbrotlidec.so.*) echo libbrotli1; return ;;
        libgcc_s.so.*) echo libgcc-s1; return ;;
        libstdc++.so.*) echo libstdc++6; return ;;
        *.so.*) ;;
        *) printf '%s\n' "$soname" | tr 'A-Z_' 'a-z-'; return ;;
    esac
    name=$(printf '%s' "${soname%%.so.*}" | tr 'A-Z_' 'a-z-')
    version=${soname#*.so.}
    version=${version%%.*}
    case $name in
        *[0-9]) echo "$name-$version" ;;
        *) echo "$name$version" ;;
    esac
}

# debian_packages SONAME...: the packages for the sonames, sorted, each once, on one line.
debian_packages() {
    local soname
    for soname in "$@"; do debian_package "$soname"; done | sort -u | tr '\n' ' ' | sed 's/ $//'
}
