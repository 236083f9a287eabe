#!/usr/bin/env bash
# Draws HazeDesk's icon with ImageMagick (`convert`) and writes every size the installers use. The results are
# committed, so building an installer needs no ImageMagick; run this only to change the icon.
#   hazedesk-<n>.png  n = 16 24 32 48 64 128 256  the PNG set (Linux menus, docs)
#   ../linux/HazeDesk.png                          the Linux launcher/menu icon (256 px; jpackage wants a PNG)
#   ../windows/HazeDesk.ico                        the Windows icon: 16, 24, 32, 48, 64, 128, 256 in one file
# Design: an orange-to-red rounded square (the warning colours), the character 霾 (haze) in white, and two faint
# haze lines under it; at 32 px and below the lines are left out and the character fills more of the square.
set -euo pipefail
cd "$(dirname "$0")"
font=../../src/main/resources/fonts/wqy-microhei.ttc   # the UI font, bundled with the app (Apache-2.0)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

background() { # $1 output, $2 margin, $3 corner radius (on a 1024 canvas)
  local far=$((1023 - $2))
  convert -size 1024x1024 gradient:'#F57C00-#C62828' \
    \( -size 1024x1024 xc:black -fill white -draw "roundrectangle $2,$2 $far,$far $3,$3" \) \
    -alpha off -compose CopyOpacity -composite "$1"
}

background "$tmp/large-bg.png" 40 190
convert "$tmp/large-bg.png" -fill 'rgba(255,255,255,0.22)' -stroke none \
  -draw "roundrectangle 150,800 874,836 18,18" -draw "roundrectangle 230,872 794,904 16,16" \
  -font "$font" -pointsize 640 -fill white -gravity center -annotate +0-50 '霾' "$tmp/large.png"

background "$tmp/small-bg.png" 16 170
convert "$tmp/small-bg.png" -font "$font" -pointsize 860 -fill white -gravity center -annotate +0+0 '霾' \
  "$tmp/small.png"

for s in 16 24 32 48 64 128 256; do
  master=$tmp/large.png
  [ "$s" -le 32 ] && master=$tmp/small.png
  convert "$master" -filter Lanczos -resize "${s}x${s}" -unsharp 0x0.6 -strip "PNG32:hazedesk-$s.png"
done
cp hazedesk-256.png ../linux/HazeDesk.png
convert hazedesk-16.png hazedesk-24.png hazedesk-32.png hazedesk-48.png hazedesk-64.png hazedesk-128.png \
  hazedesk-256.png ../windows/HazeDesk.ico
echo "icons written: $(ls hazedesk-*.png | tr '\n' ' ') ../linux/HazeDesk.png ../windows/HazeDesk.ico"
