#!/bin/sh
# Runs a JShell notebook of kpi-examples/notebooks/ with kpi-core, the examples and their runtime
# dependencies on the class path:
#
#   kpi-examples/jshell.sh kpi-examples/notebooks/01-quickstart.jsh
#   kpi-examples/jshell.sh            # an interactive JShell with the same class path
#
# It builds kpi-examples and the modules it depends on with the Maven wrapper (tests skipped) when
# a pom.xml or a file under a module's src/ changed since its last build, or a jar of the class
# path is gone; otherwise it starts at once. Then it starts jshell in the kpi-examples directory:
# notebooks read their data with paths relative to it, such as data/sample. Extra arguments after
# the notebook go to jshell. Set MVN_OPTS=-o to build offline, REBUILD=1 to build in any case.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

notebook=""
if [ $# -gt 0 ]; then
  case "$1" in
    -*) ;;
    *)
      if [ ! -f "$1" ]; then
        echo "jshell.sh: no such notebook: $1" >&2
        exit 2
      fi
      notebook=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
      shift
      ;;
  esac
fi

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$here/pom.xml" | head -n 1)
jar="$here/target/kpi-examples-$version.jar"
classpath_file="$here/target/classpath.txt"
stamp="$here/target/jshell.stamp"

# True when the class path must be built again: never built by this script, a jar of it gone (a
# clean), or a build input newer than the last build (pom.xml, .mvn/, any module's src/).
stale() {
  [ "${REBUILD:-0}" = 1 ] && return 0
  [ -f "$stamp" ] && [ -f "$jar" ] && [ -f "$classpath_file" ] || return 0
  old_ifs=$IFS
  IFS=:
  for entry in $(cat "$classpath_file"); do
    if [ ! -e "$entry" ]; then
      IFS=$old_ifs
      return 0
    fi
  done
  IFS=$old_ifs
  changed=$(find "$root" \( -name target -o -name .git \) -prune -o -type f \
    \( -name pom.xml -o -path '*/src/*' -o -path "$root/.mvn/*" \) -newer "$stamp" -print | head -n 1)
  [ -n "$changed" ]
}

if stale; then
  cd "$root"
  mkdir -p "$here/target"
  # Stamped before the build starts, so that a file edited during the build counts as changed.
  touch "$stamp.next"
  # shellcheck disable=SC2086
  ./mvnw -B -q ${MVN_OPTS:-} -pl kpi-examples -am package dependency:build-classpath -DskipTests \
    -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Djacoco.skip=true \
    -DincludeScope=runtime -Dmdep.outputFile=target/classpath.txt
  mv "$stamp.next" "$stamp"
fi

classpath="$jar:$(cat "$classpath_file")"

cd "$here"
if [ -n "$notebook" ]; then
  exec jshell --class-path "$classpath" "$@" "$notebook"
else
  exec jshell --class-path "$classpath" "$@"
fi
