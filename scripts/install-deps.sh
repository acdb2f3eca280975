#!/usr/bin/env bash
# Installs the Debian 12 packages Dealboard builds, runs and tests with, when missing.
# Catch2 v3 comes from bookworm-backports, which this script enables if needed.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libgl-dev
    libsqlite3-dev nlohmann-json3-dev libspdlog-dev
    xvfb xauth xdotool imagemagick fonts-dejavu-core
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done

catch2_version=$(dpkg-query -W -f='${Version}' libcatch2-dev 2>/dev/null || true)
need_catch2=0
case "$catch2_version" in 3.*) ;; *) need_catch2=1 ;; esac

if [ "${#missing[@]}" -eq 0 ] && [ "$need_catch2" -eq 0 ]; then
    exit 0
fi

if [ "$need_catch2" -eq 1 ] && ! grep -rqs bookworm-backports /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "Enabling bookworm-backports for Catch2 v3"
    as_root tee /etc/apt/sources.list.d/dealboard-backports.sources >/dev/null <<'SOURCES'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
fi

export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -q
if [ "${#missing[@]}" -gt 0 ]; then
    as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if [ "$need_catch2" -eq 1 ]; then
    as_root apt-get install -y -q --no-install-recommends -t bookworm-backports catch2
fi
