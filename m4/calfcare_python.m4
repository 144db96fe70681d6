# calfcare_python.m4 - the Python (SWIG) bindings: options and detection.
#
# CALFCARE_PYTHON_BINDINGS
#   --enable-python (default: yes). The interpreter is precious: PYTHON=/path/to/python3. Without
#   PYTHON, prefer an interpreter that can run the tests (has pytest): on Debian the python3 first
#   on PATH may be a separate build without Debian's python3-* packages. Needs swig and Python.h.
#   Sets: AM_CONDITIONAL ENABLE_PYTHON; substitutes PYTHON, PYTHON_CPPFLAGS, PYTHON_EXT_SUFFIX,
#   calfcare_pydir (the install folder under our own prefix).
AC_DEFUN([CALFCARE_PYTHON_BINDINGS], [
AC_ARG_ENABLE([python],
  [AS_HELP_STRING([--enable-python], [build the Python bindings (default: yes)])],
  [], [enable_python=yes])
AC_ARG_VAR([PYTHON], [the Python 3 interpreter to build the bindings for and test with])
AM_CONDITIONAL([ENABLE_PYTHON], [test "x$enable_python" != xno])
if test "x$enable_python" != xno; then
  if test -z "$PYTHON"; then
    AC_MSG_CHECKING([for a python3 that has pytest])
    for cand in python3 /usr/bin/python3; do
      if $cand -c 'import pytest' >/dev/null 2>&1; then PYTHON=`command -v $cand`; break; fi
    done
    AS_IF([test -n "$PYTHON"], [AC_MSG_RESULT([$PYTHON])], [AC_MSG_RESULT([none])])
  fi
  AM_PATH_PYTHON([3.7])
  AC_PATH_PROG([SWIG], [swig])
  test -n "$SWIG" || AC_MSG_ERROR([swig is required for the Python bindings (Debian: swig), or use --disable-python])
  AC_MSG_CHECKING([for Python headers and extension suffix])
  PYTHON_CPPFLAGS="-I`$PYTHON -c 'import sysconfig; print(sysconfig.get_paths()[["include"]])'`"
  PYTHON_EXT_SUFFIX=`$PYTHON -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))'`
  AC_MSG_RESULT([$PYTHON_CPPFLAGS $PYTHON_EXT_SUFFIX])
  save_CPPFLAGS=$CPPFLAGS; CPPFLAGS="$CPPFLAGS $PYTHON_CPPFLAGS"
  AC_CHECK_HEADER([Python.h], [], [AC_MSG_ERROR([Python.h not found for $PYTHON (Debian: python3-dev)])])
  CPPFLAGS=$save_CPPFLAGS
  dnl Install under our own prefix with the plain posix_prefix layout (Debian's default scheme
  dnl would add /local), so that make distcheck and DESTDIR installs stay inside the prefix.
  calfcare_pydir=`$PYTHON -c 'import sysconfig; print(sysconfig.get_path("platlib", "posix_prefix", vars={"base": "@PREFIX@", "platbase": "@PREFIX@"}).replace("@PREFIX@", "${prefix}"))'`
  AC_SUBST([calfcare_pydir])
  AC_SUBST([PYTHON_CPPFLAGS])
  AC_SUBST([PYTHON_EXT_SUFFIX])
fi
])
