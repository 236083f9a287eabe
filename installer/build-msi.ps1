# Builds the Windows installer target\installer\HazeDesk-<version>.msi from the packaged app.
# Run on Windows, in PowerShell, from the repository root:
#   mvn -q -Prun package; powershell -ExecutionPolicy Bypass -File installer\build-msi.ps1
# Needs: JDK 17 (jdeps, jlink, jpackage and the JDK's jmods; JAVA_HOME or PATH) and WiX Toolset 3.x
# (candle.exe and light.exe on PATH; JDK 17's jpackage does not support WiX 4 or later).
# The MSI: per-user install (no administrator rights) into %LOCALAPPDATA%\Programs\HazeDesk, a Start-menu
# folder and a desktop shortcut, a fixed upgrade UUID (a newer MSI replaces the older version). The data folder,
# %LOCALAPPDATA%\HazeDesk, is not touched by installing, upgrading or uninstalling. Settings: package.conf.
# This file is UTF-8 with a byte-order mark, so Windows PowerShell 5.1 reads its Chinese text correctly.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

$conf = @{}
foreach ($line in Get-Content 'installer\package.conf' -Encoding UTF8) {
    if ($line -match '^\s*([A-Z_]+)=(.*)$') {
        $conf[$Matches[1]] = $Matches[2].Trim().Trim('"').Trim("'")
    }
}
function Tool([string]$name) {
    if ($env:JAVA_HOME) { return (Join-Path $env:JAVA_HOME "bin\$name.exe") }
    return $name
}
function Check([string]$what) {
    if ($LASTEXITCODE -ne 0) { throw "$what failed (exit code $LASTEXITCODE)" }
}

foreach ($wix in 'candle.exe', 'light.exe') {
    if (-not (Get-Command $wix -ErrorAction SilentlyContinue)) {
        throw "$wix not found: install WiX Toolset 3.x and put its bin folder on PATH"
    }
}
if (-not (Test-Path 'target\hazedesk.jar') -or -not (Test-Path 'target\maven-archiver\pom.properties')) {
    throw "target\hazedesk.jar is missing: run 'mvn -q -Prun package' first"
}
$version = ((Get-Content 'target\maven-archiver\pom.properties' | Where-Object { $_ -like 'version=*' }) -replace '^version=', '')
$version = ($version -split '-')[0]   # 0.2.0-SNAPSHOT -> 0.2.0: MSI versions are numbers only

$out = 'target\installer'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\lib" | Out-Null
Copy-Item 'target\hazedesk.jar' "$out\input\"
Copy-Item 'target\lib\*.jar' "$out\input\lib\"

# 1. the runtime: every module jdeps finds must be in installer\modules.txt
$modules = Get-Content 'installer\modules.txt' | ForEach-Object { ($_ -replace '#.*', '').Trim() } | Where-Object { $_ }
$jars = Get-ChildItem "$out\input\lib\*.jar" | ForEach-Object { $_.FullName }
$found = & (Tool 'jdeps') --print-module-deps --ignore-missing-deps --multi-release 17 `
    --module-path "$out\input\lib" "$out\input\$($conf.MAIN_JAR)" @jars 2>$null | Select-Object -Last 1
Check 'jdeps'
$missing = $found.Split(',') | Where-Object { $modules -notcontains $_ }
if ($missing) { throw "jdeps finds modules that installer\modules.txt lacks: $($missing -join ', ')" }
& (Tool 'jlink') --add-modules ($modules -join ',') --include-locales=en,zh `
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out\runtime"
Check 'jlink'

# 2. the MSI; each JVM option of JAVA_OPTIONS is its own --java-options (the launcher's .cfg holds one per line)
$javaOptions = $conf.JAVA_OPTIONS -split '\s+' | Where-Object { $_ } | ForEach-Object { '--java-options'; $_ }
& (Tool 'jpackage') --type msi --dest $out --name $conf.NAME --app-version $version `
    --vendor $conf.VENDOR --description $conf.DESCRIPTION --copyright $conf.COPYRIGHT `
    --input "$out\input" --main-jar $conf.MAIN_JAR --main-class $conf.MAIN_CLASS @javaOptions `
    --runtime-image "$out\runtime" --icon 'installer\windows\HazeDesk.ico' --resource-dir 'installer\windows' `
    --win-per-user-install --install-dir $conf.WIN_INSTALL_DIR `
    --win-menu --win-menu-group $conf.WIN_MENU_GROUP --win-shortcut `
    --win-upgrade-uuid $conf.WIN_UPGRADE_UUID
Check 'jpackage'
Get-ChildItem "$out\*.msi" | ForEach-Object { "msi: $($_.FullName) ($([math]::Round($_.Length / 1MB)) MB)" }
