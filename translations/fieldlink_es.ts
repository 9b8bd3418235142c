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
        <translation>
            <numerusform>Conectado al entorno de pruebas integrado en %1.

Ubicación de HighLevel: %2
ID de empresa de Kixie: %3
PowerList de Kixie: %n
</numerusform>
            <numerusform>Conectado al entorno de pruebas integrado en %1.

Ubicación de HighLevel: %2
ID de empresa de Kixie: %3
PowerLists de Kixie: %n
</numerusform>
        </translation>
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
    <name>fieldlink::auth::KeychainSecretStore</name>
    <message>
        <source>No saved credentials for this account.</source>
        <translation>No hay credenciales guardadas para esta cuenta.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation>El llavero del sistema denegó el acceso. Desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>No hay ningún llavero del sistema disponible en este equipo.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>El llavero del sistema falló: %1</translation>
    </message>
    <message>
        <source>The saved credentials are damaged; connect the account again.</source>
        <translation>Las credenciales guardadas están dañadas; vuelva a conectar la cuenta.</translation>
    </message>
    <message>
        <source>The system keychain did not return what was saved in it.</source>
        <translation>El llavero del sistema no devolvió lo que se había guardado en él.</translation>
    </message>
</context>
<context>
    <name>fieldlink::auth::SecretStore</name>
    <message>
        <source>No saved credentials for %1.</source>
        <translation>No hay credenciales guardadas para %1.</translation>
    </message>
</context>
<context>
    <name>fieldlink::cli</name>
    <message>
        <source>fieldlink-cli: unknown command '%1'

</source>
        <translation>fieldlink-cli: orden desconocida '%1'

</translation>
    </message>
    <message>
        <source>Usage: fieldlink-cli &lt;command&gt; [options]

Runs Fieldlink headless, from a terminal, cron or a systemd timer.

Commands:
  validate --profile NAME|FILE [--samples FILE.jsonl] [--custom-fields FILE] [--json]
               Check a mapping profile; exit 1 when it has errors.
  map --profile NAME|FILE --in FILE.jsonl [--out FILE.jsonl] [--custom-fields FILE]
               Map records, one JSON object per line; exit 1 when any record failed.

Exit codes: 0 success, 1 failures, 2 usage or configuration errors, 3 interrupted.

Options:
  --help       Show this help.
  --version    Show the version.
</source>
        <translation>Uso: fieldlink-cli &lt;orden&gt; [opciones]

Ejecuta Fieldlink sin interfaz gráfica, desde una terminal, cron o un temporizador de systemd.

Órdenes:
  validate --profile NOMBRE|ARCHIVO [--samples ARCHIVO.jsonl] [--custom-fields ARCHIVO] [--json]
               Comprueba un perfil de asignación; sale con 1 si tiene errores.
  map --profile NOMBRE|ARCHIVO --in ARCHIVO.jsonl [--out ARCHIVO.jsonl] [--custom-fields ARCHIVO]
               Asigna registros, un objeto JSON por línea; sale con 1 si algún registro falló.

Códigos de salida: 0 éxito, 1 fallos, 2 errores de uso o de configuración, 3 interrumpido.

Opciones:
  --help       Muestra esta ayuda.
  --version    Muestra la versión.
</translation>
    </message>
    <message>
        <source>Default profile name or profile file.</source>
        <translation>Nombre de un perfil predeterminado o archivo de perfil.</translation>
    </message>
    <message>
        <source>The location's custom field definitions (the body of GET /locations/{id}/customFields).</source>
        <translation>Las definiciones de campos personalizados de la ubicación (el cuerpo de GET /locations/{id}/customFields).</translation>
    </message>
    <message>
        <source>fieldlink-cli: %1</source>
        <translation>fieldlink-cli: %1</translation>
    </message>
    <message>
        <source>fieldlink-cli: unexpected argument '%1'</source>
        <translation>fieldlink-cli: argumento inesperado '%1'</translation>
    </message>
    <message>
        <source>fieldlink-cli: --profile is required</source>
        <translation>fieldlink-cli: se necesita --profile</translation>
    </message>
    <message>
        <source>fieldlink-cli: cannot read custom fields from %1</source>
        <translation>fieldlink-cli: no se pueden leer los campos personalizados de %1</translation>
    </message>
    <message>
        <source> (line %1, column %2)</source>
        <translation> (línea %1, columna %2)</translation>
    </message>
    <message>
        <source>Sample records, one JSON object per line.</source>
        <translation>Registros de muestra, un objeto JSON por línea.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Imprime el resultado como un único objeto JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n advertencia</numerusform>
            <numerusform>, %n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Source records, one JSON object per line.</source>
        <translation>Registros de origen, un objeto JSON por línea.</translation>
    </message>
    <message>
        <source>Where to write the results (default: standard output).</source>
        <translation>Dónde escribir los resultados (por defecto: la salida estándar).</translation>
    </message>
    <message>
        <source>fieldlink-cli: --in is required</source>
        <translation>fieldlink-cli: se necesita --in</translation>
    </message>
    <message>
        <source>the profile %1 has errors; run validate for details</source>
        <translation>el perfil %1 tiene errores; ejecute validate para ver los detalles</translation>
    </message>
    <message>
        <source>fieldlink-cli: cannot write %1: %2</source>
        <translation>fieldlink-cli: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>fieldlink-cli: cannot write to standard output</source>
        <translation>fieldlink-cli: no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Line %1 is not valid JSON: %2.</source>
        <translation>La línea %1 no es JSON válido: %2.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>La línea %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>fieldlink::mapping::AutoMatcher</name>
    <message>
        <source>Same name</source>
        <translation>Mismo nombre</translation>
    </message>
    <message>
        <source>"%1" and "%2" usually mean the same</source>
        <translation>"%1" y "%2" suelen significar lo mismo</translation>
    </message>
    <message>
        <source>Similar name (%1% alike)</source>
        <translation>Nombre parecido (%1 % de coincidencia)</translation>
    </message>
    <message>
        <source>Custom field kept as an extra PowerList column</source>
        <translation>Campo personalizado conservado como columna adicional de la PowerList</translation>
    </message>
</context>
<context>
    <name>fieldlink::mapping::FieldCatalog</name>
    <message>
        <source>GHL contact ID</source>
        <translation>ID de contacto de GHL</translation>
    </message>
    <message>
        <source>Contact phone (fallback lookup)</source>
        <translation>Teléfono del contacto (búsqueda alternativa)</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Título de la tarea</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>Descripción de la tarea</translation>
    </message>
    <message>
        <source>Task due date (ISO 8601)</source>
        <translation>Fecha de vencimiento de la tarea (ISO 8601)</translation>
    </message>
    <message>
        <source>Task assigned user ID</source>
        <translation>ID del usuario asignado a la tarea</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Etiquetas que añadir</translation>
    </message>
    <message>
        <source>Tags to remove</source>
        <translation>Etiquetas que quitar</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID de contacto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Type (lead / customer)</source>
        <translation>Tipo (lead / cliente)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Assigned user ID</source>
        <translation>ID del usuario asignado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <source>Date updated</source>
        <translation>Fecha de actualización</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>ID de empresa</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>País (código ISO)</translation>
    </message>
    <message>
        <source>Do not disturb (all channels)</source>
        <translation>No molestar (todos los canales)</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>DND for calls</source>
        <translation>No molestar: llamadas</translation>
    </message>
    <message>
        <source>DND for SMS</source>
        <translation>No molestar: SMS</translation>
    </message>
    <message>
        <source>DND for email</source>
        <translation>No molestar: correo electrónico</translation>
    </message>
    <message>
        <source>DND for WhatsApp</source>
        <translation>No molestar: WhatsApp</translation>
    </message>
    <message>
        <source>First attribution campaign</source>
        <translation>Campaña de la primera atribución</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>First attribution UTM source</source>
        <translation>Fuente UTM de la primera atribución</translation>
    </message>
    <message>
        <source>Notes (list; pick the latest)</source>
        <translation>Notas (lista; elija la más reciente)</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionado</translation>
    </message>
    <message>
        <source>Tasks (list; pick open ones)</source>
        <translation>Tareas (lista; elija las abiertas)</translation>
    </message>
    <message>
        <source>Appointments (list; pick the next)</source>
        <translation>Citas (lista; elija la próxima)</translation>
    </message>
    <message>
        <source>Event (endcall, disposition, ...)</source>
        <translation>Evento (endcall, disposition, ...)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Call ID shared by all events of a call</source>
        <translation>ID de llamada común a todos los eventos de una llamada</translation>
    </message>
    <message>
        <source>CRM contact ID</source>
        <translation>ID de contacto en el CRM</translation>
    </message>
    <message>
        <source>Customer phone (E.164)</source>
        <translation>Teléfono del cliente (E.164)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration (seconds)</source>
        <translation>Duración (segundos)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Call date</source>
        <translation>Fecha de la llamada</translation>
    </message>
    <message>
        <source>Direction (outgoing / incoming)</source>
        <translation>Dirección (saliente / entrante)</translation>
    </message>
    <message>
        <source>Call status (answered / missed)</source>
        <translation>Estado de la llamada (contestada / perdida)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>Recording link</source>
        <translation>Enlace a la grabación</translation>
    </message>
    <message>
        <source>Agent first name</source>
        <translation>Nombre del agente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Agent last name</source>
        <translation>Apellidos del agente</translation>
    </message>
    <message>
        <source>Agent email</source>
        <translation>Correo electrónico del agente</translation>
    </message>
    <message>
        <source>Number called (E.164)</source>
        <translation>Número llamado (E.164)</translation>
    </message>
    <message>
        <source>Number calling (E.164)</source>
        <translation>Número que llama (E.164)</translation>
    </message>
    <message>
        <source>PowerList ID</source>
        <translation>ID de la PowerList</translation>
    </message>
    <message>
        <source>Disposition note</source>
        <translation>Nota del resultado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Numeric call ID</source>
        <translation>ID numérico de la llamada</translation>
    </message>
    <message>
        <source>Scheduled activity description</source>
        <translation>Descripción de la actividad programada</translation>
    </message>
    <message>
        <source>Scheduled activity</source>
        <translation>Actividad programada</translation>
    </message>
    <message>
        <source>Scheduled date (yyyy-MM-dd)</source>
        <translation>Fecha programada (aaaa-MM-dd)</translation>
    </message>
    <message>
        <source>Scheduled time (HH:mm)</source>
        <translation>Hora programada (HH:mm)</translation>
    </message>
    <message>
        <source>Scheduled time zone</source>
        <translation>Zona horaria programada</translation>
    </message>
    <message>
        <source>Phone number (row key)</source>
        <translation>Número de teléfono (clave de la fila)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Next-call refresher (note shown to the agent)</source>
        <translation>Recordatorio para la próxima llamada (nota que ve el agente)</translation>
    </message>
    <message>
        <source>CRM user ID (owner)</source>
        <translation>ID de usuario en el CRM (propietario)</translation>
    </message>
    <message>
        <source>Extra column</source>
        <translation>Columna adicional</translation>
    </message>
</context>
<context>
    <name>fieldlink::mapping::MappingEngine</name>
    <message>
        <source>The record matches no route and the profile has no default route.</source>
        <translation>El registro no coincide con ninguna ruta y el perfil no tiene ruta predeterminada.</translation>
    </message>
    <message>
        <source>"%1" is empty, so the record is skipped.</source>
        <translation>"%1" está vacío, así que se omite el registro.</translation>
    </message>
    <message>
        <source>"%1" is required but came out empty.</source>
        <translation>"%1" es obligatorio pero quedó vacío.</translation>
    </message>
    <message>
        <source>"%1" got an object; add a transform that picks one of its fields.</source>
        <translation>"%1" recibió un objeto; añada una transformación que elija uno de sus campos.</translation>
    </message>
</context>
<context>
    <name>fieldlink::mapping::ParseContext</name>
    <message>
        <source>A condition must be an object.</source>
        <translation>Una condición debe ser un objeto.</translation>
    </message>
    <message>
        <source>"%1" must be a non-empty list of conditions.</source>
        <translation>"%1" debe ser una lista de condiciones no vacía.</translation>
    </message>
    <message>
        <source>Operator "%1" needs a "value".</source>
        <translation>El operador "%1" necesita un "value".</translation>
    </message>
    <message>
        <source>Operator "%1" needs a list as its value.</source>
        <translation>El operador "%1" necesita una lista como valor.</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>Expresión regular no válida: %1</translation>
    </message>
    <message>
        <source>Unknown key "%1".</source>
        <translation>Clave desconocida "%1".</translation>
    </message>
    <message>
        <source>"%1" is required.</source>
        <translation>"%1" es obligatorio.</translation>
    </message>
    <message>
        <source>"%1" must be text.</source>
        <translation>"%1" debe ser texto.</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from %2 to %3.</source>
        <translation>"%1" debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>"%1" must be true or false.</source>
        <translation>"%1" debe ser true o false.</translation>
    </message>
    <message>
        <source>"%1" must be one of: %2.</source>
        <translation>"%1" debe ser uno de: %2.</translation>
    </message>
    <message>
        <source>Unsupported format "%1"; this version reads "%2".</source>
        <translation>Formato no admitido "%1"; esta versión lee "%2".</translation>
    </message>
    <message>
        <source>"direction" is required.</source>
        <translation>"direction" es obligatorio.</translation>
    </message>
    <message>
        <source>"matchKeys" must be a non-empty list.</source>
        <translation>"matchKeys" debe ser una lista no vacía.</translation>
    </message>
    <message>
        <source>Unknown match key "%1"; use %2.</source>
        <translation>Clave de coincidencia desconocida "%1"; use %2.</translation>
    </message>
    <message>
        <source>Match key "%1" is listed twice.</source>
        <translation>La clave de coincidencia "%1" aparece dos veces.</translation>
    </message>
    <message>
        <source>A route must be an object.</source>
        <translation>Una ruta debe ser un objeto.</translation>
    </message>
    <message>
        <source>A route needs a "when" condition; use "default" for the catch-all.</source>
        <translation>Una ruta necesita una condición "when"; use "default" para la ruta general.</translation>
    </message>
    <message>
        <source>A route needs a non-empty "actions" list (note, task, tags).</source>
        <translation>Una ruta necesita una lista "actions" no vacía (note, task, tags).</translation>
    </message>
    <message>
        <source>Unknown action "%1"; use note, task or tags.</source>
        <translation>Acción desconocida "%1"; use note, task o tags.</translation>
    </message>
    <message>
        <source>"routing" must be an object with "routes" and/or "default".</source>
        <translation>"routing" debe ser un objeto con "routes" o "default" (o ambos).</translation>
    </message>
    <message>
        <source>"routes" must be a list.</source>
        <translation>"routes" debe ser una lista.</translation>
    </message>
    <message>
        <source>"rules" must be a non-empty list.</source>
        <translation>"rules" debe ser una lista no vacía.</translation>
    </message>
    <message>
        <source>A rule must be an object.</source>
        <translation>Una regla debe ser un objeto.</translation>
    </message>
    <message>
        <source>"sources" must be a non-empty list of fields.</source>
        <translation>"sources" debe ser una lista de campos no vacía.</translation>
    </message>
    <message>
        <source>Give "source" or "sources", not both.</source>
        <translation>Indique "source" o "sources", no ambos.</translation>
    </message>
    <message>
        <source>This location has no custom field "%1".</source>
        <translation>Esta ubicación no tiene el campo personalizado "%1".</translation>
    </message>
    <message>
        <source>"transforms" must be a list.</source>
        <translation>"transforms" debe ser una lista.</translation>
    </message>
    <message>
        <source>A rule needs a "source", "sources" or a transform that makes a value (constant, template).</source>
        <translation>Una regla necesita "source", "sources" o una transformación que produzca un valor (constant, template).</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>No es JSON válido: %1.</translation>
    </message>
    <message>
        <source>A profile must be a JSON object.</source>
        <translation>Un perfil debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>"%1" appears more than once; only the last one would count.</source>
        <translation>"%1" aparece más de una vez; solo contaría la última.</translation>
    </message>
    <message>
        <source>A value map needs "map": an object or a list of {from, to}.</source>
        <translation>Una tabla de valores necesita "map": un objeto o una lista de {from, to}.</translation>
    </message>
    <message>
        <source>The value map has "%1" more than once.</source>
        <translation>La tabla de valores tiene "%1" más de una vez.</translation>
    </message>
    <message>
        <source>"defaultRegion" must be a two-letter region code such as US or GB.</source>
        <translation>"defaultRegion" debe ser un código de región de dos letras, como US o GB.</translation>
    </message>
    <message>
        <source>Unknown time zone "%1"; use an IANA name such as America/New_York.</source>
        <translation>Zona horaria desconocida "%1"; use un nombre IANA como America/New_York.</translation>
    </message>
    <message>
        <source>"condition" is required.</source>
        <translation>"condition" es obligatorio.</translation>
    </message>
    <message>
        <source>"value" is required.</source>
        <translation>"value" es obligatorio.</translation>
    </message>
    <message>
        <source>A transform must be a name or an object with a "type".</source>
        <translation>Una transformación debe ser un nombre o un objeto con "type".</translation>
    </message>
    <message>
        <source>Unknown transform "%1". Known: %2.</source>
        <translation>Transformación desconocida "%1". Conocidas: %2.</translation>
    </message>
</context>
<context>
    <name>fieldlink::mapping::ProfileLoader</name>
    <message>
        <source>Cannot read profile "%1": %2. Default profiles: %3.</source>
        <translation>No se puede leer el perfil "%1": %2. Perfiles predeterminados: %3.</translation>
    </message>
</context>
<context>
    <name>fieldlink::mapping::ProfileValidator</name>
    <message>
        <source>No route and no default: every record would be skipped.</source>
        <translation>Ninguna ruta y ninguna predeterminada: se omitirían todos los registros.</translation>
    </message>
    <message>
        <source>Route "%1" can never match.</source>
        <translation>La ruta "%1" nunca puede coincidir.</translation>
    </message>
    <message>
        <source>"%1" is not a field of the target.</source>
        <translation>"%1" no es un campo del destino.</translation>
    </message>
    <message>
        <source>"%1" is mapped by more than one rule; give all but one a "when".</source>
        <translation>"%1" se asigna en más de una regla; ponga un "when" a todas menos una.</translation>
    </message>
    <message>
        <source>"%1" is not a known source field; it will be empty unless records carry it.</source>
        <translation>"%1" no es un campo de origen conocido; estará vacío salvo que los registros lo traigan.</translation>
    </message>
    <message>
        <source>"%1" is a list but "%2" holds one value; add a join, pick or value map step.</source>
        <translation>"%1" es una lista pero "%2" guarda un solo valor; añada un paso join, pick o de tabla de valores.</translation>
    </message>
    <message>
        <source>"%1" is a phone number; add a phone_e164 step so every row uses the same format.</source>
        <translation>"%1" es un número de teléfono; añada un paso phone_e164 para que todas las filas usen el mismo formato.</translation>
    </message>
    <message>
        <source>"%1" (%2) is required but no rule fills it.</source>
        <translation>"%1" (%2) es obligatorio pero ninguna regla lo rellena.</translation>
    </message>
    <message numerus="yes">
        <source>"%1" (%n samples)</source>
        <translation>
            <numerusform>"%1" (%n muestra)</numerusform>
            <numerusform>"%1" (%n muestras)</numerusform>
        </translation>
    </message>
    <message>
        <source>Values no value map entry covers: %1.</source>
        <translation>Valores que ninguna entrada de la tabla de valores cubre: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 sample phones are not valid numbers, e.g. %3.</source>
        <translation>%1 de %2 teléfonos de muestra no son números válidos, p. ej. %3.</translation>
    </message>
    <message>
        <source>"%1" is empty in all %2 samples.</source>
        <translation>"%1" está vacío en las %2 muestras.</translation>
    </message>
</context>
<context>
    <name>fieldlink::mapping::Transforms</name>
    <message>
        <source>Shortened from %1 to %2 characters.</source>
        <translation>Acortado de %1 a %2 caracteres.</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>"%1" no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The record is skipped.</source>
        <translation>Se omite el registro.</translation>
    </message>
    <message>
        <source>Extension %1 dropped: the target holds E.164 numbers only.</source>
        <translation>Extensión %1 descartada: el destino solo admite números E.164.</translation>
    </message>
    <message>
        <source>"%1" is not a valid phone number for region %2.</source>
        <translation>"%1" no es un número de teléfono válido para la región %2.</translation>
    </message>
    <message>
        <source>The field is left empty.</source>
        <translation>El campo se deja vacío.</translation>
    </message>
    <message>
        <source>The raw text is kept.</source>
        <translation>Se conserva el texto original.</translation>
    </message>
    <message>
        <source>"%1" is not a date this rule understands.</source>
        <translation>"%1" no es una fecha que esta regla entienda.</translation>
    </message>
    <message>
        <source>No entry of the value map covers "%1".</source>
        <translation>Ninguna entrada de la tabla de valores cubre "%1".</translation>
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