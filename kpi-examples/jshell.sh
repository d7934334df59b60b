#!/bin/sh
# Runs a JShell notebook of kpi-examples/notebooks/ with kpi-core, the examples and their runtime
# dependencies on the class path:
#
#   kpi-examples/jshell.sh kpi-examples/notebooks/01-quickstart.jsh
#   kpi-examples/jshell.sh            # an interactive JShell with the same class path
#
# It builds kpi-core and kpi-examples with the Maven wrapper (tests skipped), then starts jshell
# in the kpi-examples directory: notebooks read their data with paths relative to it, such as
# data/sample. Extra arguments after the notebook go to jshell. Set MVN_OPTS=-o to build offline.
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

cd "$root"
# shellcheck disable=SC2086
./mvnw -B -q ${MVN_OPTS:-} -pl kpi-examples -am package dependency:build-classpath -DskipTests \
  -DincludeScope=runtime -Dmdep.outputFile=target/classpath.txt

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' kpi-examples/pom.xml | head -n 1)
classpath="$here/target/kpi-examples-$version.jar:$(cat "$here/target/classpath.txt")"

cd "$here"
if [ -n "$notebook" ]; then
  exec jshell --class-path "$classpath" "$@" "$notebook"
else
  exec jshell --class-path "$classpath" "$@"
fi
