# Strict settings applied to every Fieldlink target (CONTRIBUTING.md, "Code style").

function(fieldlink_apply_qt_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        QT_MESSAGELOGCONTEXT)
    fieldlink_apply_warnings(${target})
endfunction()

function(fieldlink_apply_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
        $<$<BOOL:${FIELDLINK_WERROR}>:-Werror>)
endfunction()

option(FIELDLINK_WERROR "Treat compiler warnings as errors" OFF)
