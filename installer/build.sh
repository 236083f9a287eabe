#!/usr/bin/env bash
# Builds HazeDesk's Linux installers from the packaged app (target/hazedesk.jar, target/lib/):
#   mvn -q -Prun package && bash installer/build.sh            app-image and .deb in target/installer/
#   bash installer/build.sh app-image                           only the app-image (what `mvn verify` checks)
# Steps: a trimmed Java runtime (jdeps checks installer/modules.txt, then jlink), jpackage's app-image (launcher
# + runtime + jars), then the .deb from that image. Needs the JDK 17 that Maven uses (jdeps, jlink, jpackage and
# its jmods) and, for the .deb, dpkg-deb and fakeroot. The Windows .msi: installer/build-msi.ps1.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
case "$what" in all|app-image) ;; *) echo "usage: installer/build.sh [all|app-image]" >&2; exit 2 ;; esac

# jpackage reads the Chinese names from its arguments and from the .desktop file in the locale's charset
export LC_ALL=C.UTF-8
bin=${JAVA_HOME:+$JAVA_HOME/bin/}
source installer/package.conf

[ -f target/hazedesk.jar ] && [ -d target/lib ] && [ -f target/maven-archiver/pom.properties ] || {
  echo "target/hazedesk.jar is missing: run 'mvn -q -Prun package' first" >&2; exit 1; }
[ -f target/hazedesk.classlist ] || {
  echo "target/hazedesk.classlist is missing: run 'mvn -q -Prun package' (without -Dhazedesk.cds.skip) first" >&2; exit 1; }
version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)
version=${version%%-*}   # 0.2.0-SNAPSHOT -> 0.2.0: package versions are numbers only
out=target/installer
rm -rf "$out"
mkdir -p "$out/input/lib"
cp target/hazedesk.jar "$out/input/"
# only the jars the jar's manifest names: target/lib may still hold jars of older builds (another version of a
# library there would split a package and make jdeps fail)
(cd "$out" && "${bin}jar" xf ../hazedesk.jar META-INF/MANIFEST.MF)
classpath=$(tr -d '\r' < "$out/META-INF/MANIFEST.MF" \
  | awk '/^Class-Path:/{cp=substr($0,13); on=1; next} on && /^ /{cp=cp substr($0,2); next} {on=0} END{print cp}')
for jar in $classpath; do
  cp "target/$jar" "$out/input/lib/"
done
# the classes a start loads (listed by `mvn package`, StartupTraining): the class-data-sharing archive is dumped
# from it where the app is (step 2 for the app-image, the .deb's postinst in /opt/hazedesk)
cp target/hazedesk.classlist "$out/input/"

# 1. the runtime: every module jdeps finds must be in installer/modules.txt
modules=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' installer/modules.txt | tr -d ' \t' | paste -sd, -)
found=$("${bin}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --module-path "$out/input/lib" "$out/input/$MAIN_JAR" "$out/input"/lib/*.jar 2>/dev/null | tail -n 1)
missing=$(comm -23 <(tr , '\n' <<<"$found" | sort) <(tr , '\n' <<<"$modules" | sort))
if [ -n "$missing" ]; then
  echo "jdeps finds modules that installer/modules.txt lacks: $missing" >&2; exit 1
fi
"${bin}jlink" --add-modules "$modules" --include-locales=en,zh \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/runtime"

# 2. the app-image: target/installer/HazeDesk/bin/HazeDesk, lib/app (jars), lib/runtime; each JVM option of
# JAVA_OPTIONS is its own --java-options (the launcher's .cfg holds one option per line)
java_options=()
for o in $JAVA_OPTIONS; do java_options+=(--java-options "$o"); done
# the class-data-sharing archive (issue 18: the sign-in window 0.8 s sooner, README "Benchmarks"); JDK 17 uses it
# only with the jars where they were when it was dumped, so it is dumped where the app lives (below; the .deb's
# postinst again in /opt/hazedesk); missing or not matching, the JVM starts without it, silently
java_options+=(--java-options '-XX:SharedArchiveFile=$APPDIR/hazedesk.jsa')
"${bin}jpackage" --type app-image --dest "$out" --name "$NAME" --app-version "$version" \
  --vendor "$VENDOR" --description "$DESCRIPTION" --copyright "$COPYRIGHT" \
  --input "$out/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" "${java_options[@]}" \
  --runtime-image "$out/runtime" --icon installer/linux/HazeDesk.png
# the archive for the image where it is: its runtime, its launcher's class path in the launcher's order
app="$(cd "$out/$NAME/lib/app" && pwd)"
"$out/$NAME/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/hazedesk.classlist" \
  -XX:SharedArchiveFile="$app/hazedesk.jsa" \
  -cp "$(sed -n "s|^app.classpath=\$APPDIR|$app|p" "$app/$NAME.cfg" | paste -sd:)" > "$out/cds.log" 2>&1 || {
  cat "$out/cds.log" >&2; echo "the class-data-sharing archive could not be dumped" >&2; exit 1; }
echo "app-image: $out/$NAME ($(du -sh "$out/$NAME" | cut -f1))"
[ "$what" = app-image ] && exit 0

# 3. the .deb, from that image: /opt/hazedesk, a menu entry (installer/linux/HazeDesk.desktop), GTK 3; without the
# image's class-data-sharing archive, which would not match there: the postinst dumps one in /opt/hazedesk
mv "$out/$NAME/lib/app/hazedesk.jsa" "$out/hazedesk.jsa"
trap 'mv "$out/hazedesk.jsa" "$out/$NAME/lib/app/hazedesk.jsa"' EXIT
"${bin}jpackage" --type deb --dest "$out" --app-image "$out/$NAME" --name "$NAME" --app-version "$version" \
  --vendor "$VENDOR" --description "$DESCRIPTION" --copyright "$COPYRIGHT" \
  --linux-package-name "$LINUX_PACKAGE" --linux-package-deps "$LINUX_DEPS" \
  --linux-app-category "$LINUX_SECTION" --linux-menu-group "$LINUX_MENU_GROUP" --linux-shortcut \
  --resource-dir installer/linux --icon installer/linux/HazeDesk.png \
  ${LINUX_MAINTAINER:+--linux-deb-maintainer "$LINUX_MAINTAINER"}
deb=$(ls "$out"/*.deb)
echo "deb: $deb ($(du -h "$deb" | cut -f1))"
