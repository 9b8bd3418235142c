# One test executable per test class (CONTRIBUTING.md, "Tests"):
#   fieldlink_add_test(NAME <name> SOURCES <files> [LIBRARIES <libs>] [LABELS <labels>] [TIMEOUT <s>])
# Every test runs on the offscreen platform, with Qt's own debug output quiet unless it fails.
function(fieldlink_add_test)
    cmake_parse_arguments(arg "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE Qt6::Test fieldlink_test_support ${arg_LIBRARIES})
    fieldlink_apply_qt_settings(${arg_NAME})
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${arg_NAME} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.*.debug=false")
endfunction()
