# Every dependency here comes from a Debian 12 package that scripts/setup.sh installs.

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Concurrent Network NetworkAuth HttpServer Sql Widgets Test LinguistTools)

# Debian builds cpp-httplib as a shared library whose header only declares the classes; their layout
# depends on the feature macros, so compile with exactly the flags its pkg-config file gives.
find_package(PkgConfig REQUIRED)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib>=0.11)
find_package(Threads REQUIRED)
add_library(fieldlink_httplib INTERFACE)
target_link_libraries(fieldlink_httplib INTERFACE PkgConfig::HTTPLIB Threads::Threads)

find_package(nlohmann_json 3.10 REQUIRED)
# SHA-256 for the sandbox's PKCE check; libssl-dev is already required by libcpp-httplib-dev.
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(Qt6Keychain REQUIRED)
