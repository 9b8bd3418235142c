<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>MainWindow</name>
    <message>
        <source>Fieldlink</source>
        <translation>Fieldlink</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Fieldlink</source>
        <translation>&amp;Acerca de Fieldlink</translation>
    </message>
</context>
<context>
    <name>fieldlink::EmbeddedSandbox</name>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>No se pudo iniciar el entorno de pruebas integrado: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::MainWindow</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>No account is connected yet. Start Fieldlink with --sandbox to try it on the built-in sandbox.</source>
        <translation>Todavía no hay ninguna cuenta conectada. Inicie Fieldlink con --sandbox para probarlo en el entorno de pruebas integrado.</translation>
    </message>
    <message>
        <source>SANDBOX - built-in emulator, no real data</source>
        <translation>ENTORNO DE PRUEBAS - emulador integrado, sin datos reales</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the built-in sandbox at %1.

HighLevel location: %2
Kixie business ID: %3
Kixie PowerLists: %n
</source>
        <translation><numerusform>Conectado al entorno de pruebas integrado en %1.

Ubicación de HighLevel: %2
ID de empresa de Kixie: %3
PowerList de Kixie: %n
</numerusform><numerusform>Conectado al entorno de pruebas integrado en %1.

Ubicación de HighLevel: %2
ID de empresa de Kixie: %3
PowerLists de Kixie: %n
</numerusform></translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Entorno de pruebas en ejecución en %1</translation>
    </message>
    <message>
        <source>Fieldlink - Sandbox</source>
        <translation>Fieldlink - Entorno de pruebas</translation>
    </message>
    <message>
        <source>About Fieldlink</source>
        <translation>Acerca de Fieldlink</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fieldlink %1&lt;/h3&gt;&lt;p&gt;Connects a HighLevel sub-account to a Kixie dialer: field mapping, test syncs and scheduled runs.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fieldlink %1&lt;/h3&gt;&lt;p&gt;Conecta una subcuenta de HighLevel con un marcador Kixie: asignación de campos, sincronizaciones de prueba y ejecuciones programadas.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, en ejecución sobre Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fieldlink::cli</name>
    <message>
        <source>Usage: fieldlink-cli &lt;command&gt; [options]

Runs Fieldlink headless, from a terminal, cron or a systemd timer.

Options:
  --help       Show this help.
  --version    Show the version.
</source>
        <translation>Uso: fieldlink-cli &lt;orden&gt; [opciones]

Ejecuta Fieldlink sin interfaz gráfica, desde una terminal, cron o un temporizador de systemd.

Opciones:
  --help       Muestra esta ayuda.
  --version    Muestra la versión.
</translation>
    </message>
    <message>
        <source>fieldlink-cli: unknown command '%1'

</source>
        <translation>fieldlink-cli: orden desconocida '%1'

</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connects HighLevel to Kixie.</source>
        <translation>Conecta HighLevel con Kixie.</translation>
    </message>
    <message>
        <source>Work on the built-in sandbox.</source>
        <translation>Trabajar en el entorno de pruebas integrado.</translation>
    </message>
    <message>
        <source>Fieldlink</source>
        <translation>Fieldlink</translation>
    </message>
</context>
</TS>