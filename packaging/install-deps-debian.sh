#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running UnionDesk needs.
# Installs only what is missing (through sudo when not root); a no-op when everything is there.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake pkg-config
    # Qt 6.4: widgets, SQL drivers, charts, print support, translations tools, platform plugins, SVG icons
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins qt6-charts-dev qt6-svg-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libgl-dev
    # SQLite C API (online backup), ICU (pinyin), xlsx writing and reading (zip archives, streaming XML)
    libsqlite3-dev sqlite3 libicu-dev libxlsxwriter-dev libzip-dev libexpat1-dev
    # tests
    catch2 postgresql xvfb xauth poppler-utils python3-openpyxl xlsx2csv
    # benchmark yardsticks (tests/bench): python3-xlsxwriter, and GNU time for peak memory
    python3-xlsxwriter time
    # Simplified Chinese fonts: Noto CJK for the window; WenQuanYi Zen Hei for PDFs, whose text copies right
    fonts-noto-cjk fonts-wqy-zenhei
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
