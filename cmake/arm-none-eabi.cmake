# Toolchain file for firmware: a Cortex-M4F with arm-none-eabi-gcc (Debian: gcc-arm-none-eabi,
# libnewlib-arm-none-eabi). Use with
#     cmake -S . -B build-m4 -DCMAKE_TOOLCHAIN_FILE=cmake/arm-none-eabi.cmake
# Another core: -DCALFCARE_CPU_FLAGS="-mcpu=cortex-m33 -mthumb -mfloat-abi=hard -mfpu=fpv5-sp-d16".
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)

set(CALFCARE_CROSS "arm-none-eabi-" CACHE STRING "Prefix of the cross tools")
set(CMAKE_C_COMPILER ${CALFCARE_CROSS}gcc)
set(CMAKE_AR ${CALFCARE_CROSS}ar CACHE FILEPATH "")
set(CMAKE_RANLIB ${CALFCARE_CROSS}ranlib CACHE FILEPATH "")
set(CMAKE_SIZE ${CALFCARE_CROSS}size CACHE FILEPATH "")
set(CMAKE_NM ${CALFCARE_CROSS}nm CACHE FILEPATH "")
# No operating system to link a test program against: try-compiles build a static library.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(CALFCARE_CPU_FLAGS "-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16" CACHE STRING
    "Code generation flags of the target CPU")
set(CMAKE_C_FLAGS_INIT "${CALFCARE_CPU_FLAGS} -ffunction-sections -fdata-sections")
set(CMAKE_EXE_LINKER_FLAGS_INIT "${CALFCARE_CPU_FLAGS} -Wl,--gc-sections")
set(CMAKE_C_FLAGS_MINSIZEREL_INIT "-Os -DNDEBUG")

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
