# calfcare_java.m4 - the Java (SWIG, JNI) bindings: options and detection.
#
# CALFCARE_JAVA_BINDINGS
#   --enable-java=auto (default): on when a JDK is found: javac, jar, java and the JNI headers
#   (jni.h and jni_md.h). JAVA_HOME is honoured; without it the JDK is the one of the javac on
#   PATH. swig is needed as for Python; Apache Commons CSV splits training logs. JUnit 4 (Debian:
#   junit4, hamcrest) runs the JVM tests.
#   Sets: AM_CONDITIONAL ENABLE_JAVA and HAVE_JUNIT; substitutes JNI_CPPFLAGS and the precious
#   JAVA_HOME, JAVAC, JAR, JAVA, JAVADOC, JAVACFLAGS, JUNIT_CP, COMMONS_CSV_JAR.
AC_DEFUN([CALFCARE_JAVA_BINDINGS], [
AC_ARG_ENABLE([java],
  [AS_HELP_STRING([--enable-java@<:@=auto|yes|no@:>@], [build the Java (JNI) bindings and calfcare.jar (default: auto)])],
  [], [enable_java=auto])
AC_ARG_VAR([JAVA_HOME], [the JDK to build the Java bindings with (default: the JDK of javac on PATH)])
AC_ARG_VAR([JAVAC], [the Java compiler])
AC_ARG_VAR([JAR], [the jar tool])
AC_ARG_VAR([JAVA], [the Java launcher that runs the Java tests and example])
AC_ARG_VAR([JAVADOC], [the javadoc tool (make java-doc; optional)])
AC_ARG_VAR([JAVACFLAGS], [flags for javac (default: --release 8 when accepted, so the jar also runs on older JVMs and Android)])
AC_ARG_VAR([JUNIT_CP], [class path of JUnit 4 and hamcrest (default: /usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar)])
AC_ARG_VAR([COMMONS_CSV_JAR], [Apache Commons CSV, which splits training logs in Java (default: /usr/share/java/commons-csv.jar)])
java_missing=
AS_CASE([$enable_java], [auto|yes|no], [], [AC_MSG_ERROR([--enable-java takes auto, yes or no, not '$enable_java'])])
if test "x$enable_java" != xno; then
  dnl With JAVA_HOME, its tools only (never a javac of another JDK from PATH).
  java_path=$PATH
  test -n "$JAVA_HOME" && java_path="$JAVA_HOME/bin"
  AC_PATH_PROG([JAVAC], [javac], [], [$java_path])
  AC_PATH_PROG([JAR], [jar], [], [$java_path])
  AC_PATH_PROG([JAVA], [java], [], [$java_path])
  AC_PATH_PROG([JAVADOC], [javadoc], [], [$java_path])
  test -n "$JAVAC" || java_missing="$java_missing javac"
  test -n "$JAR" || java_missing="$java_missing jar"
  test -n "$JAVA" || java_missing="$java_missing java"
  if test -z "$JAVA_HOME" && test -n "$JAVAC"; then
    dnl /usr/bin/javac is a chain of links into the JDK: its real directory's parent is the JDK.
    java_real=`readlink -f "$JAVAC" 2>/dev/null || echo "$JAVAC"`
    JAVA_HOME=`dirname "$java_real"`
    JAVA_HOME=`dirname "$JAVA_HOME"`
  fi
  AC_MSG_CHECKING([for the JNI headers])
  JNI_CPPFLAGS=
  if test -n "$JAVA_HOME" && test -f "$JAVA_HOME/include/jni.h"; then
    JNI_CPPFLAGS="-I$JAVA_HOME/include"
    dnl jni_md.h sits in a platform folder (linux, darwin, win32...).
    for d in "$JAVA_HOME"/include/*/; do
      test -f "${d}jni_md.h" && JNI_CPPFLAGS="$JNI_CPPFLAGS -I${d%/}"
    done
  fi
  if test -n "$JNI_CPPFLAGS"; then
    save_CPPFLAGS=$CPPFLAGS; CPPFLAGS="$CPPFLAGS $JNI_CPPFLAGS"
    AC_PREPROC_IFELSE([AC_LANG_SOURCE([[#include <jni.h>]])], [], [JNI_CPPFLAGS=])
    CPPFLAGS=$save_CPPFLAGS
  fi
  AS_IF([test -n "$JNI_CPPFLAGS"], [AC_MSG_RESULT([$JNI_CPPFLAGS])],
        [AC_MSG_RESULT([no]); java_missing="$java_missing jni.h"])
  AC_PATH_PROG([SWIG], [swig])
  test -n "$SWIG" || java_missing="$java_missing swig"
  test -n "$COMMONS_CSV_JAR" || COMMONS_CSV_JAR=/usr/share/java/commons-csv.jar
  AC_MSG_CHECKING([for Apache Commons CSV ($COMMONS_CSV_JAR)])
  AS_IF([test -f "$COMMONS_CSV_JAR"], [AC_MSG_RESULT([yes])],
        [AC_MSG_RESULT([no]); java_missing="$java_missing commons-csv"])
  if test -z "$java_missing" && test -z "$JAVACFLAGS"; then
    AC_MSG_CHECKING([whether $JAVAC accepts --release 8])
    rm -rf conftest.jdir && mkdir conftest.jdir
    echo 'class Conftest {}' > conftest.jdir/Conftest.java
    if "$JAVAC" --release 8 -d conftest.jdir conftest.jdir/Conftest.java >/dev/null 2>&1; then
      JAVACFLAGS="--release 8"; AC_MSG_RESULT([yes])
    else
      AC_MSG_RESULT([no])
    fi
    rm -rf conftest.jdir
  fi
  if test -n "$java_missing"; then
    AS_IF([test "x$enable_java" = xyes],
      [AC_MSG_ERROR([Java bindings requested but not found:$java_missing (Debian: default-jdk-headless swig libcommons-csv-java; or set JAVA_HOME)])])
    enable_java=no
  else
    enable_java=yes
  fi
fi
HAVE_JUNIT=no
if test "x$enable_java" = xyes; then
  test -n "$JUNIT_CP" || JUNIT_CP=/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar
  AC_MSG_CHECKING([for JUnit 4 ($JUNIT_CP)])
  HAVE_JUNIT=yes
  java_save_IFS=$IFS; IFS=:
  for j in $JUNIT_CP; do test -f "$j" || HAVE_JUNIT=no; done
  IFS=$java_save_IFS
  AC_MSG_RESULT([$HAVE_JUNIT])
  AS_IF([test "x$HAVE_JUNIT" = xno],
    [AC_MSG_WARN([JUnit 4 not found: make check runs only the Java example (Debian: junit4)])])
fi
AC_MSG_CHECKING([whether to build the Java bindings])
AC_MSG_RESULT([$enable_java${java_missing:+ (missing:$java_missing)}])
AC_SUBST([JNI_CPPFLAGS])
AM_CONDITIONAL([ENABLE_JAVA], [test "x$enable_java" = xyes])
AM_CONDITIONAL([HAVE_JUNIT], [test "x$HAVE_JUNIT" = xyes])
])
