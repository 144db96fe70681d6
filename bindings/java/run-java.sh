#!/bin/sh
# Test driver of the Java bindings (JAVA_LOG_COMPILER): run one compiled Java source on the JVM
# against the build tree. A class whose name ends in "Test" runs under JUnit 4; any other runs its
# main(). The JNI library comes from java.library.path (the libtool .libs folder); libcalfcare
# itself from LD_LIBRARY_PATH, set by AM_TESTS_ENVIRONMENT.
#   run-java.sh JAVA BUILD_JAVA_DIR JUNIT_CP SOURCE.java
set -eu
java=$1 dir=$2 junit=$3 src=$4
cls=$(basename "$src" .java)
pkg=$(sed -n 's/^package \([A-Za-z0-9_.]*\);.*/\1/p' "$src" | head -n 1)
test -n "$pkg" && cls="$pkg.$cls"
cp="$dir/test-classes:$dir/calfcare.jar"
case $cls in
*Test) exec "$java" -ea -Xcheck:jni -Djava.library.path="$dir/.libs" -cp "$cp:$junit" org.junit.runner.JUnitCore "$cls" ;;
*) exec "$java" -ea -Xcheck:jni -Djava.library.path="$dir/.libs" -cp "$cp" "$cls" ;;
esac
