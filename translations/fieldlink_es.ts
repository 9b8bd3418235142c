<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AutoMatchDialog</name>
    <message>
        <source>Auto-match</source>
        <translation>Emparejamiento automático</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>CallEventsPanel</name>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Eventos:</translation>
    </message>
    <message>
        <source>Captured in a file</source>
        <translation>Capturados en un archivo</translation>
    </message>
    <message>
        <source>Received live by a webhook listener</source>
        <translation>Recibidos en vivo por un receptor de webhooks</translation>
    </message>
    <message>
        <source>captured webhooks: a JSON array or one event per line</source>
        <translation>webhooks capturados: una matriz JSON o un evento por línea</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Listen on &amp;port:</source>
        <translation>Escuchar en el &amp;puerto:</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>Listener port</source>
        <translation>Puerto del receptor</translation>
    </message>
    <message>
        <source>Sandbox call:</source>
        <translation>Llamada en el sandbox:</translation>
    </message>
    <message>
        <source>a contact's phone, e.g. +14155552671</source>
        <translation>el teléfono de un contacto, p. ej. +14155552671</translation>
    </message>
    <message>
        <source>disposition, e.g. Call back</source>
        <translation>resultado, p. ej. Call back</translation>
    </message>
    <message>
        <source>The sandbox's Kixie places the call and sends its webhooks to the listener</source>
        <translation>El Kixie del sandbox realiza la llamada y envía sus webhooks al receptor</translation>
    </message>
    <message>
        <source>Events fi&amp;le:</source>
        <translation>&amp;Archivo de eventos:</translation>
    </message>
    <message>
        <source>Si&amp;mulate call</source>
        <translation>Si&amp;mular llamada</translation>
    </message>
</context>
<context>
    <name>ConditionEdit</name>
    <message>
        <source>Condition field</source>
        <translation>Campo de la condición</translation>
    </message>
    <message>
        <source>Condition operator</source>
        <translation>Operador de la condición</translation>
    </message>
    <message>
        <source>Condition value</source>
        <translation>Valor de la condición</translation>
    </message>
    <message>
        <source>As JSON</source>
        <translation>Como JSON</translation>
    </message>
</context>
<context>
    <name>ConflictReviewPanel</name>
    <message>
        <source>&lt;b&gt;Conflict review&lt;/b&gt;</source>
        <translation>&lt;b&gt;Revisión del conflicto&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The contacts in conflict</source>
        <translation>Los contactos en conflicto</translation>
    </message>
    <message>
        <source>The selected contact gets the row; the others are skipped from the next plan on</source>
        <translation>El contacto seleccionado recibe la fila; los demás se omiten a partir del próximo plan</translation>
    </message>
    <message>
        <source>&amp;Give the row to this contact</source>
        <translation>&amp;Dar la fila a este contacto</translation>
    </message>
    <message>
        <source>You found the phone in the cadence in Kixie: Fieldlink will not enrol it again</source>
        <translation>Encontró el teléfono en la cadencia en Kixie: Fieldlink no lo volverá a inscribir</translation>
    </message>
    <message>
        <source>It &amp;is enrolled</source>
        <translation>&amp;Está inscrito</translation>
    </message>
    <message>
        <source>You found no enrolment in Kixie: the next run enrols the phone</source>
        <translation>No encontró la inscripción en Kixie: la próxima ejecución inscribe el teléfono</translation>
    </message>
    <message>
        <source>It is &amp;not enrolled</source>
        <translation>&amp;No está inscrito</translation>
    </message>
    <message>
        <source>Forget the deci&amp;sion</source>
        <translation>Olvidar la deci&amp;sión</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Saved connections</source>
        <translation>Conexiones guardadas</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Removes the connection and its secrets from the keychain</source>
        <translation>Elimina la conexión y sus secretos del llavero</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>e.g. Acme Roofing</source>
        <translation>p. ej., Techos Acme</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>HighLevel</source>
        <translation>HighLevel</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>&amp;Inicio de sesión:</translation>
    </message>
    <message>
        <source>Private Integration Token</source>
        <translation>Token de integración privada</translation>
    </message>
    <message>
        <source>OAuth (my Marketplace app)</source>
        <translation>OAuth (mi app del Marketplace)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>pit-…  (Settings → Private Integrations in HighLevel)</source>
        <translation>pit-…  (Configuración → Integraciones privadas en HighLevel)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Mostrar u ocultar el token</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de &amp;cliente:</translation>
    </message>
    <message>
        <source>Redirect &amp;port:</source>
        <translation>&amp;Puerto de redirección:</translation>
    </message>
    <message>
        <source>Redirect URL:</source>
        <translation>URL de redirección:</translation>
    </message>
    <message>
        <source>Register exactly this URL in your Marketplace app</source>
        <translation>Registre exactamente esta URL en su app del Marketplace</translation>
    </message>
    <message>
        <source>C&amp;onnect in the browser…</source>
        <translation>C&amp;onectar en el navegador…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Location ID:</source>
        <translation>ID de &amp;ubicación:</translation>
    </message>
    <message>
        <source>The sub-account's id (Settings → Business Profile)</source>
        <translation>El id de la subcuenta (Configuración → Perfil de empresa)</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Dirección de la API:</translation>
    </message>
    <message>
        <source>Removes the HighLevel secret from the keychain</source>
        <translation>Elimina el secreto de HighLevel del llavero</translation>
    </message>
    <message>
        <source>Kixie</source>
        <translation>Kixie</translation>
    </message>
    <message>
        <source>Manage → Account Settings → Integrations in Kixie</source>
        <translation>Manage → Account Settings → Integrations en Kixie</translation>
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation>Mostrar u ocultar la clave de API</translation>
    </message>
    <message>
        <source>&amp;Business ID:</source>
        <translation>ID de &amp;empresa (Business ID):</translation>
    </message>
    <message>
        <source>Forget &amp;API key</source>
        <translation>Olvidar clave de &amp;API</translation>
    </message>
    <message>
        <source>Removes the Kixie API key from the keychain</source>
        <translation>Elimina la clave de API de Kixie del llavero</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running: it runs only while Fieldlink does, so this connection cannot be reached until it is started again.</source>
        <translation>El sandbox integrado no está en marcha: solo funciona mientras Fieldlink está abierto, así que no se puede acceder a esta conexión hasta que se vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Start the sandbo&amp;x</source>
        <translation>Iniciar el sandbo&amp;x</translation>
    </message>
    <message>
        <source>&amp;Use this connection</source>
        <translation>U&amp;sar esta conexión</translation>
    </message>
    <message>
        <source>Makes this the connection the whole window works on: samples, test syncs and runs</source>
        <translation>Hace que toda la ventana trabaje con esta conexión: muestras, sincronizaciones de prueba y ejecuciones</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Sec&amp;reto de cliente:</translation>
    </message>
    <message>
        <source>Test Hi&amp;ghLevel</source>
        <translation>Probar &amp;HighLevel</translation>
    </message>
    <message>
        <source>Checks the HighLevel side with what is on the form; changes nothing in HighLevel</source>
        <translation>Comprueba el lado de HighLevel con lo que hay en el formulario; no cambia nada en HighLevel</translation>
    </message>
    <message>
        <source>Forget tok&amp;en</source>
        <translation>Ol&amp;vidar token</translation>
    </message>
    <message>
        <source>API ke&amp;y:</source>
        <translation>Clave &amp;de API:</translation>
    </message>
    <message>
        <source>Test &amp;Kixie</source>
        <translation>Probar &amp;Kixie</translation>
    </message>
    <message>
        <source>Checks the Kixie side with what is on the form; changes nothing in Kixie</source>
        <translation>Comprueba el lado de Kixie con lo que hay en el formulario; no cambia nada en Kixie</translation>
    </message>
    <message>
        <source>Kixie lis&amp;ts…</source>
        <translation>&amp;Listas de Kixie…</translation>
    </message>
    <message>
        <source>Name this Kixie account's PowerLists, cadences and agents, so routes pick them by name</source>
        <translation>Ponga nombre a las PowerLists, cadencias y agentes de esta cuenta de Kixie, para que las rutas los elijan por su nombre</translation>
    </message>
    <message>
        <source>Sho&amp;w advanced settings</source>
        <translation>Mostrar con&amp;figuración avanzada</translation>
    </message>
    <message>
        <source>HighLevel does not document whether a contact update may carry the company name; turn this on only if company names changed in Kixie must reach HighLevel and a test run shows HighLevel keeps them.</source>
        <translation>HighLevel no documenta si la actualización de un contacto puede incluir el nombre de la empresa; active esto solo si los nombres de empresa cambiados en Kixie deben llegar a HighLevel y una ejecución de prueba muestra que HighLevel los conserva.</translation>
    </message>
    <message>
        <source>HighLevel does not document the largest page its task search returns; change this only if runs report that HighLevel refused a task search.</source>
        <translation>HighLevel no documenta la página más grande que devuelve su búsqueda de tareas; cambie esto solo si las ejecuciones informan de que HighLevel rechazó una búsqueda de tareas.</translation>
    </message>
    <message>
        <source>HighLevel does not document how many contacts one task search may name; lower this only if task searches are refused or time out.</source>
        <translation>HighLevel no documenta cuántos contactos puede nombrar una búsqueda de tareas; reduzca esto solo si las búsquedas de tareas se rechazan o agotan el tiempo de espera.</translation>
    </message>
    <message>
        <source>Send the company name when updating a contact</source>
        <translation>Enviar el nombre de la empresa al actualizar un contacto</translation>
    </message>
    <message>
        <source>Tasks per page of the task search:</source>
        <translation>Tareas por página de la búsqueda de tareas:</translation>
    </message>
    <message>
        <source>Contacts named in one task search:</source>
        <translation>Contactos nombrados en una búsqueda de tareas:</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Pick contacts</source>
        <translation>Elegir contactos</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>name, email or phone; Enter searches</source>
        <translation>nombre, correo o teléfono; Intro busca</translation>
    </message>
    <message>
        <source>Contacts found; tick to pick</source>
        <translation>Contactos encontrados; marque para elegir</translation>
    </message>
    <message>
        <source>Picked:</source>
        <translation>Elegidos:</translation>
    </message>
    <message>
        <source>Picked contacts; Delete removes one</source>
        <translation>Contactos elegidos; Supr quita uno</translation>
    </message>
</context>
<context>
    <name>FieldPickerDialog</name>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Campo:</translation>
    </message>
    <message>
        <source>Type to search names, paths and sample values</source>
        <translation>Escriba para buscar nombres, rutas y valores de muestra</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>&lt;h2&gt;History&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Historial&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Runs, newest first</source>
        <translation>Ejecuciones, la más reciente primero</translation>
    </message>
    <message>
        <source>Carries the run on where it stopped, on Test Sync</source>
        <translation>Continúa la ejecución donde se quedó, en Sincronización de prueba</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;anudar</translation>
    </message>
    <message>
        <source>Sends only the records this run failed on again, with the profile open now</source>
        <translation>Vuelve a enviar solo los registros en los que falló esta ejecución, con el perfil abierto ahora</translation>
    </message>
    <message>
        <source>Re&amp;play failed</source>
        <translation>Re&amp;petir fallidos</translation>
    </message>
    <message>
        <source>The selected run's records</source>
        <translation>Los registros de la ejecución seleccionada</translation>
    </message>
</context>
<context>
    <name>KeepInSyncDialog</name>
    <message>
        <source>Keep in sync</source>
        <translation>Mantener sincronizado</translation>
    </message>
    <message>
        <source>Set up a schedule</source>
        <translation>Configurar una programación</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Near real time: check every</source>
        <translation>Casi en &amp;tiempo real: comprobar cada</translation>
    </message>
    <message>
        <source>One program keeps running and syncs each contact soon after it changes in HighLevel</source>
        <translation>Un programa sigue en marcha y sincroniza cada contacto poco después de que cambie en HighLevel</translation>
    </message>
    <message>
        <source>Check for changes every this many minutes</source>
        <translation>Comprobar si hay cambios cada este número de minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>and a full r&amp;econcile every day at</source>
        <translation>y una conciliación completa cada &amp;día a las</translation>
    </message>
    <message>
        <source>Catches notes and tasks added in HighLevel without the contact itself changing</source>
        <translation>Recoge las notas y tareas añadidas en HighLevel sin que cambie el propio contacto</translation>
    </message>
    <message>
        <source>Time of the daily full reconcile</source>
        <translation>Hora de la conciliación completa diaria</translation>
    </message>
    <message>
        <source>Per&amp;iodically:</source>
        <translation>Per&amp;iódicamente:</translation>
    </message>
    <message>
        <source>Syncs the contacts changed since the last run, then stops until the next one</source>
        <translation>Sincroniza los contactos cambiados desde la última ejecución y luego se detiene hasta la siguiente</translation>
    </message>
    <message>
        <source>How often the periodic sync runs</source>
        <translation>Con qué frecuencia se ejecuta la sincronización periódica</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Letters, digits, - and _; a schedule of the same name is replaced</source>
        <translation>Letras, dígitos, - y _; se reemplaza una programación con el mismo nombre</translation>
    </message>
    <message>
        <source>&amp;Keep in sync</source>
        <translation>&amp;Mantener sincronizado</translation>
    </message>
    <message>
        <source>The crontab line to add</source>
        <translation>La línea de crontab que hay que añadir</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copies the crontab line to the clipboard</source>
        <translation>Copia la línea de crontab al portapapeles</translation>
    </message>
    <message>
        <source>Schedules on this computer</source>
        <translation>Programaciones en este equipo</translation>
    </message>
    <message>
        <source>Schedules, one per line, with their state</source>
        <translation>Programaciones, una por línea, con su estado</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
</context>
<context>
    <name>KixieDirectoryDialog</name>
    <message>
        <source>Kixie lists</source>
        <translation>Listas de Kixie</translation>
    </message>
    <message>
        <source>Kixie does not let other programs list your PowerLists and cadences. Name them here once, with the ID Kixie shows for each; routes then pick them by name.</source>
        <translation>Kixie no permite que otros programas listen sus PowerLists y cadencias. Póngales nombre aquí una sola vez, con el ID que Kixie muestra para cada una; después las rutas las eligen por su nombre.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Named entries</source>
        <translation>Entradas con nombre</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
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
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Conexiones</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Mapping</source>
        <translation>&amp;Mapeo</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Test Sync</source>
        <translation>&amp;Sincronización de prueba</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Try the &amp;Sandbox</source>
        <translation>Probar el &amp;sandbox</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Añadir regla</translation>
    </message>
    <message>
        <source>Adds an empty rule below the selected one (Insert)</source>
        <translation>Añade una regla vacía debajo de la seleccionada (Insert)</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <source>Removes the selected rule (Delete)</source>
        <translation>Quita la regla seleccionada (Supr)</translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation>&amp;Guardar versión…</translation>
    </message>
    <message>
        <source>Saves the profile as a new version with an optional note (Ctrl+S)</source>
        <translation>Guarda el perfil como una versión nueva con una nota opcional (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved versions side by side with the editor's profile; restore one</source>
        <translation>Las versiones guardadas junto al perfil del editor; restaure una</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Opens a profile JSON file in the editor</source>
        <translation>Abre un archivo JSON de perfil en el editor</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Writes the profile as it stands in the editor to a JSON file</source>
        <translation>Escribe el perfil tal como está en el editor en un archivo JSON</translation>
    </message>
    <message>
        <source>Search fields and sample values</source>
        <translation>Buscar campos y valores de muestra</translation>
    </message>
    <message>
        <source>Drag a field onto a rule, or press Enter to map it to the selected rule</source>
        <translation>Arrastre un campo a una regla, o pulse Intro para asignarlo a la regla seleccionada</translation>
    </message>
    <message>
        <source>F&amp;etch samples</source>
        <translation>O&amp;btener muestras</translation>
    </message>
    <message>
        <source>Reads the location's custom fields and a few contacts from the connection in use (read-only)</source>
        <translation>Lee los campos personalizados de la ubicación y algunos contactos de la conexión en uso (solo lectura)</translation>
    </message>
    <message>
        <source>&amp;Load samples…</source>
        <translation>&amp;Cargar muestras…</translation>
    </message>
    <message>
        <source>Reads sample records from a JSON Lines file, one record per line</source>
        <translation>Lee registros de muestra de un archivo JSON Lines, un registro por línea</translation>
    </message>
    <message>
        <source>Map s&amp;ource…</source>
        <translation>Asignar &amp;origen…</translation>
    </message>
    <message>
        <source>Chooses the selected rule's source from a searchable list (Ctrl+K)</source>
        <translation>Elige el origen de la regla seleccionada en una lista con búsqueda (Ctrl+K)</translation>
    </message>
    <message>
        <source>Choose &amp;target…</source>
        <translation>Elegir &amp;destino…</translation>
    </message>
    <message>
        <source>Chooses the selected rule's target from a searchable list (Ctrl+Shift+K)</source>
        <translation>Elige el destino de la regla seleccionada en una lista con búsqueda (Ctrl+Mayús+K)</translation>
    </message>
    <message>
        <source>Proposes rules for targets no rule fills yet</source>
        <translation>Propone reglas para los destinos que ninguna regla rellena todavía</translation>
    </message>
    <message>
        <source>Transf&amp;orms</source>
        <translation>Transf&amp;ormaciones</translation>
    </message>
    <message>
        <source>Tar&amp;get fields (* required):</source>
        <translation>Campos de des&amp;tino (* obligatorio):</translation>
    </message>
    <message>
        <source>Search target fields</source>
        <translation>Buscar campos de destino</translation>
    </message>
    <message>
        <source>Drag a field onto the rules to add a rule for it, or press Enter</source>
        <translation>Arrastre un campo a las reglas para añadir una regla para él, o pulse Intro</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blemas</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Sour&amp;ce fields:</source>
        <translation>Ca&amp;mpos de origen:</translation>
    </message>
    <message>
        <source>A&amp;uto-match…</source>
        <translation>Emparejamiento a&amp;utomático…</translation>
    </message>
    <message>
        <source>Routi&amp;ng</source>
        <translation>E&amp;nrutamiento</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>&amp;Vista previa</translation>
    </message>
</context>
<context>
    <name>RecordDetailView</name>
    <message>
        <source>The API calls made for the selected record</source>
        <translation>Las llamadas a la API hechas para el registro seleccionado</translation>
    </message>
    <message>
        <source>Selected call</source>
        <translation>Llamada seleccionada</translation>
    </message>
    <message>
        <source>The selected call's request and response</source>
        <translation>La solicitud y la respuesta de la llamada seleccionada</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>Registro de origen</translation>
    </message>
    <message>
        <source>Reads the contact now (one read request); the run mapped it as it was then</source>
        <translation>Lee el contacto ahora (una solicitud de lectura); la ejecución lo asignó tal como era entonces</translation>
    </message>
    <message>
        <source>The source contact as HighLevel has it now</source>
        <translation>El contacto de origen tal como lo tiene HighLevel ahora</translation>
    </message>
    <message>
        <source>The selected record: who it is about and what was done</source>
        <translation>El registro seleccionado: a quién se refiere y qué se hizo</translation>
    </message>
    <message>
        <source>Why the selected record ended as it did</source>
        <translation>Por qué el registro seleccionado terminó como terminó</translation>
    </message>
    <message>
        <source>The selected record's fields, before and after</source>
        <translation>Los campos del registro seleccionado, antes y después</translation>
    </message>
    <message>
        <source>The record as Fieldlink stored it, for support or a closer look</source>
        <translation>El registro tal como lo guardó Fieldlink, para el soporte o para verlo más de cerca</translation>
    </message>
    <message>
        <source>Show &amp;JSON</source>
        <translation>Mostrar &amp;JSON</translation>
    </message>
    <message>
        <source>The selected record as stored, in JSON</source>
        <translation>El registro seleccionado tal como se guardó, en JSON</translation>
    </message>
    <message>
        <source>Read the con&amp;tact from HighLevel</source>
        <translation>Leer el con&amp;tacto desde HighLevel</translation>
    </message>
</context>
<context>
    <name>RoutingEditor</name>
    <message>
        <source>Routes are tried top to bottom; the first whose condition holds decides.</source>
        <translation>Las rutas se prueban de arriba abajo; decide la primera cuya condición se cumple.</translation>
    </message>
    <message>
        <source>Routes, tried in order</source>
        <translation>Rutas, probadas en orden</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Selected route</source>
        <translation>Ruta seleccionada</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuando:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>PowerList:</source>
        <translation>PowerList:</translation>
    </message>
    <message>
        <source>Cadence:</source>
        <translation>Cadencia:</translation>
    </message>
    <message>
        <source>GHL actions:</source>
        <translation>Acciones en GHL:</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Crear una tarea</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Cambiar etiquetas</translation>
    </message>
    <message>
        <source>When a contact stops matching its route:</source>
        <translation>Cuando un contacto deja de coincidir con su ruta:</translation>
    </message>
    <message>
        <source>Ad&amp;d route</source>
        <translation>Aña&amp;dir ruta</translation>
    </message>
    <message>
        <source>&amp;Remove route</source>
        <translation>&amp;Quitar ruta</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Tries the route earlier (Alt+Up)</source>
        <translation>Prueba la ruta antes (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Tries the route later (Alt+Down)</source>
        <translation>Prueba la ruta después (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Edit &amp;lists…</source>
        <translation>Editar &amp;listas…</translation>
    </message>
    <message>
        <source>Name the Kixie account's PowerLists and cadences, so routes pick them by name</source>
        <translation>Ponga nombre a las PowerLists y cadencias de la cuenta de Kixie, para que las rutas las elijan por su nombre</translation>
    </message>
    <message>
        <source>PowerList</source>
        <translation>PowerList</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadencia</translation>
    </message>
    <message>
        <source>Records that match no route go to a default route</source>
        <translation>Los registros que no coinciden con ninguna ruta van a una ruta predeterminada</translation>
    </message>
    <message>
        <source>Update the contact</source>
        <translation>Actualizar el contacto</translation>
    </message>
    <message>
        <source>Write the rules' contact fields (the "Contact update" and "Contact custom fields" targets) into the GHL contact itself</source>
        <translation>Escribir los campos de contacto de las reglas (los destinos "Contact update" y "Contact custom fields") en el propio contacto de GHL</translation>
    </message>
</context>
<context>
    <name>RuleEditorPane</name>
    <message>
        <source>Rule e&amp;ditor</source>
        <translation>E&amp;ditor de reglas</translation>
    </message>
    <message>
        <source>Shows or hides the selected rule's transforms and the routing, to give the rules more room</source>
        <translation>Muestra u oculta las transformaciones de la regla seleccionada y el enrutamiento, para dar más espacio a las reglas</translation>
    </message>
    <message>
        <source>The rule editor is in its own window.</source>
        <translation>El editor de reglas está en su propia ventana.</translation>
    </message>
    <message>
        <source>In a &amp;window</source>
        <translation>En una &amp;ventana</translation>
    </message>
    <message>
        <source>Moves the rule editor into a window of its own, which can sit on another screen; closing it puts the editor back</source>
        <translation>Mueve el editor de reglas a una ventana propia, que puede estar en otra pantalla; al cerrarla, el editor vuelve a la página</translation>
    </message>
</context>
<context>
    <name>RunExportButtons</name>
    <message>
        <source>Every API call of the run, for a browser's network panel; secrets were removed before anything was logged</source>
        <translation>Todas las llamadas a la API de la ejecución, para el panel de red de un navegador; los secretos se quitaron antes de registrar nada</translation>
    </message>
    <message>
        <source>Two spreadsheet files in a folder you choose, as Data Loader writes them: the records that succeeded, and those that did not with the reason</source>
        <translation>Dos archivos de hoja de cálculo en una carpeta que elija, tal como los escribe Data Loader: los registros que tuvieron éxito y los que no, con el motivo</translation>
    </message>
    <message>
        <source>E&amp;xport results as CSV…</source>
        <translation>E&amp;xportar resultados como CSV…</translation>
    </message>
    <message>
        <source>Export re&amp;quest log as HAR…</source>
        <translation>Exportar el registro de &amp;peticiones como HAR…</translation>
    </message>
</context>
<context>
    <name>SyncTestPage</name>
    <message>
        <source>&lt;h2&gt;Test Sync&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sincronización de prueba&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>Co&amp;nexión:</translation>
    </message>
    <message>
        <source>The connection in use for the whole window; production is marked red</source>
        <translation>La conexión en uso para toda la ventana; producción se marca en rojo</translation>
    </message>
    <message>
        <source>Re&amp;cords:</source>
        <translation>Re&amp;gistros:</translation>
    </message>
    <message>
        <source>HighLevel contacts → Kixie PowerLists</source>
        <translation>Contactos de HighLevel → PowerLists de Kixie</translation>
    </message>
    <message>
        <source>Kixie call events → HighLevel notes, tasks and tags</source>
        <translation>Eventos de llamada de Kixie → notas, tareas y etiquetas de HighLevel</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Runs record the version they used; an older one can be tested again</source>
        <translation>Las ejecuciones registran la versión que usaron; una anterior puede probarse de nuevo</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Alcance:</translation>
    </message>
    <message>
        <source>The first contacts</source>
        <translation>Los primeros contactos</translation>
    </message>
    <message>
        <source>Contacts with a tag</source>
        <translation>Contactos con una etiqueta</translation>
    </message>
    <message>
        <source>Contacts matching a search</source>
        <translation>Contactos que coinciden con una búsqueda</translation>
    </message>
    <message>
        <source>Contacts picked from a list</source>
        <translation>Contactos elegidos de una lista</translation>
    </message>
    <message>
        <source>Contacts changed since the last run</source>
        <translation>Contactos cambiados desde la última ejecución</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>P&amp;ick contacts…</source>
        <translation>E&amp;legir contactos…</translation>
    </message>
    <message>
        <source>Call events:</source>
        <translation>Eventos de llamadas:</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>Plans the sync and shows every record's action; writes nothing anywhere</source>
        <translation>Planifica la sincronización y muestra la acción de cada registro; no escribe nada en ningún sitio</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Ejecutar…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stops after the writes in flight; the run can be resumed later</source>
        <translation>Se detiene tras las escrituras en curso; la ejecución se puede reanudar más tarde</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Show records with the action</source>
        <translation>Mostrar los registros con la acción</translation>
    </message>
    <message>
        <source>The plan or the results, one record per line</source>
        <translation>El plan o los resultados, un registro por línea</translation>
    </message>
    <message>
        <source>&amp;Keep in sync…</source>
        <translation>&amp;Mantener sincronizado…</translation>
    </message>
    <message>
        <source>Runs this connection and profile on a schedule: near real time, or every so often</source>
        <translation>Ejecuta esta conexión y este perfil según una programación: casi en tiempo real o cada cierto tiempo</translation>
    </message>
</context>
<context>
    <name>TransformChainEditor</name>
    <message>
        <source>Transform steps</source>
        <translation>Pasos de transformación</translation>
    </message>
    <message>
        <source>Transform to add</source>
        <translation>Transformación que añadir</translation>
    </message>
    <message>
        <source>Add ste&amp;p</source>
        <translation>Añadir &amp;paso</translation>
    </message>
    <message>
        <source>Moves the step earlier in the chain (Alt+Up)</source>
        <translation>Mueve el paso antes en la cadena (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Moves the step later in the chain (Alt+Down)</source>
        <translation>Mueve el paso después en la cadena (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Step options</source>
        <translation>Opciones del paso</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Quitar paso</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Fieldlink User Guide</source>
        <translation>Guía del usuario de Fieldlink</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>ValueMapEditor</name>
    <message>
        <source>Value map</source>
        <translation>Tabla de valores</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Añadir &amp;fila</translation>
    </message>
    <message>
        <source>Remove r&amp;ow</source>
        <translation>Quitar fi&amp;la</translation>
    </message>
    <message>
        <source>Adds every value seen in the samples, tags and picklist options that the map lacks</source>
        <translation>Añade todos los valores vistos en las muestras, etiquetas y opciones de listas que faltan en la tabla</translation>
    </message>
    <message>
        <source>&amp;Default:</source>
        <translation>&amp;Predeterminado:</translation>
    </message>
    <message>
        <source>&amp;Unmapped values:</source>
        <translation>Valores &amp;sin asignar:</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Fill from sa&amp;mples</source>
        <translation>Rellenar con las &amp;muestras</translation>
    </message>
</context>
<context>
    <name>VersionHistoryDialog</name>
    <message>
        <source>Version history</source>
        <translation>Historial de versiones</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Versión guardada</translation>
    </message>
    <message>
        <source>The saved version</source>
        <translation>La versión guardada</translation>
    </message>
    <message>
        <source>In the editor now</source>
        <translation>En el editor ahora</translation>
    </message>
    <message>
        <source>The profile in the editor</source>
        <translation>El perfil del editor</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to Fieldlink&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenido a Fieldlink&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Fieldlink maps your HighLevel contacts, notes and tasks to Kixie PowerLists and cadences, and brings call outcomes back to HighLevel. Every mapping can be proven with a dry run before anything is written.</source>
        <translation>Fieldlink asigna sus contactos, notas y tareas de HighLevel a PowerLists y cadencias de Kixie, y devuelve los resultados de las llamadas a HighLevel. Cada mapeo puede comprobarse con una simulación antes de escribir nada.</translation>
    </message>
    <message>
        <source>Starts a built-in emulator of HighLevel and Kixie with sample contacts. No account needed; nothing leaves this computer.</source>
        <translation>Inicia un emulador integrado de HighLevel y Kixie con contactos de ejemplo. No hace falta ninguna cuenta; nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Add a HighLevel location (Private Integration Token or OAuth) and a Kixie account (API key and Business ID). Secrets are kept in the system keychain.</source>
        <translation>Añada una ubicación de HighLevel (token de integración privada u OAuth) y una cuenta de Kixie (clave de API y Business ID). Los secretos se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>&amp;Try it with the sandbox</source>
        <translation>&amp;Probar con el sandbox</translation>
    </message>
    <message>
        <source>&amp;Connect my accounts</source>
        <translation>&amp;Conectar mis cuentas</translation>
    </message>
</context>
<context>
    <name>fieldlink::AppContext</name>
    <message>
        <source>No system keychain is available, so secrets are kept for this session only and must be entered again next time. (%1)</source>
        <translation>No hay ningún llavero del sistema disponible, así que los secretos se guardan solo durante esta sesión y habrá que introducirlos de nuevo la próxima vez. (%1)</translation>
    </message>
</context>
<context>
    <name>fieldlink::AutoMatchDialog</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Every target the catalog offers is mapped or has no likely source.</source>
        <translation>Todos los destinos del catálogo están asignados o no tienen un origen probable.</translation>
    </message>
    <message>
        <source>Proposed rules for targets no rule fills yet. Tick the ones to add (Space ticks the selected line); existing rules are never changed.</source>
        <translation>Reglas propuestas para los destinos que ninguna regla rellena todavía. Marque las que quiera añadir (Espacio marca la línea seleccionada); las reglas existentes nunca se cambian.</translation>
    </message>
    <message>
        <source>Add &amp;ticked rules</source>
        <translation>Añadir las reglas &amp;marcadas</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Marcar &amp;ninguna</translation>
    </message>
</context>
<context>
    <name>fieldlink::CallEventListener</name>
    <message>
        <source>Kixie must reach this address: expose the port through a tunnel and register its public URL with fieldlink-cli events --register URL.</source>
        <translation>Kixie debe llegar a esta dirección: exponga el puerto mediante un túnel y registre su URL pública con fieldlink-cli events --register URL.</translation>
    </message>
    <message>
        <source>Calls can be simulated on the built-in sandbox only.</source>
        <translation>Las llamadas solo pueden simularse en el sandbox integrado.</translation>
    </message>
    <message>
        <source>The sandbox refused the call: %1</source>
        <translation>El sandbox rechazó la llamada: %1</translation>
    </message>
    <message>
        <source>Call placed; Kixie sent %1.</source>
        <translation>Llamada realizada; Kixie envió %1.</translation>
    </message>
</context>
<context>
    <name>fieldlink::CallEventsPanel</name>
    <message>
        <source>answered</source>
        <translation>contestada</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>buzón de voz</translation>
    </message>
    <message>
        <source>Captured call events</source>
        <translation>Eventos de llamada capturados</translation>
    </message>
    <message>
        <source>Call events (*.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Eventos de llamada (*.json *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Listening on %1.</source>
        <translation>Escuchando en %1.</translation>
    </message>
    <message>
        <source>Starting the listener…</source>
        <translation>Iniciando el receptor…</translation>
    </message>
    <message>
        <source>Not listening.</source>
        <translation>Sin escuchar.</translation>
    </message>
</context>
<context>
    <name>fieldlink::CheckResultModel</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Works, with a warning</source>
        <translation>Funciona, con una advertencia</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>No funciona</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
</context>
<context>
    <name>fieldlink::ConditionEdit</name>
    <message>
        <source>always (no condition)</source>
        <translation>siempre (sin condición)</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>valores, separados por comas</translation>
    </message>
    <message>
        <source>The condition is not valid JSON; it is not applied until it is.</source>
        <translation>La condición no es JSON válido; no se aplica hasta que lo sea.</translation>
    </message>
</context>
<context>
    <name>fieldlink::ConflictReviewPanel</name>
    <message>
        <source>Whether %1 was enrolled in cadence %2 is unknown: the run stopped while sending it, and Kixie cannot be asked. Look in Kixie, then say what you found.</source>
        <translation>No se sabe si %1 se inscribió en la cadencia %2: la ejecución se detuvo mientras la enviaba y a Kixie no se le puede preguntar. Mire en Kixie y diga lo que encontró.</translation>
    </message>
    <message>
        <source>These contacts all map to %1 in PowerList %2, and a row holds one. Which contact should it show?</source>
        <translation>Todos estos contactos corresponden a %1 en la PowerList %2, y una fila contiene uno. ¿Qué contacto debe mostrar?</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>No se pudo guardar la decisión: %1</translation>
    </message>
    <message>
        <source>The decision could not be removed: %1</source>
        <translation>No se pudo quitar la decisión: %1</translation>
    </message>
    <message>
        <source>No decision: the next plan holds these contacts for review again.</source>
        <translation>Sin decisión: el próximo plan retiene estos contactos para revisión otra vez.</translation>
    </message>
    <message>
        <source>This enrolment is settled already.</source>
        <translation>Esta inscripción ya está resuelta.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>No se pudo guardar la respuesta: %1</translation>
    </message>
    <message>
        <source>Settled: %1 counts as enrolled and is never enrolled again.</source>
        <translation>Resuelto: %1 cuenta como inscrito y no se vuelve a inscribir.</translation>
    </message>
    <message>
        <source>Settled: the next run enrols %1.</source>
        <translation>Resuelto: la próxima ejecución inscribe %1.</translation>
    </message>
    <message>
        <source>%1 in PowerList %2 holds %3, written earlier; %4 maps to it now. Which contact should the row show?</source>
        <translation>%1 en la PowerList %2 contiene a %3, escrito antes; ahora %4 se asigna a esa fila. ¿Qué contacto debe mostrar la fila?</translation>
    </message>
    <message>
        <source>HighLevel contact ID: %1</source>
        <translation>ID de contacto de HighLevel: %1</translation>
    </message>
    <message>
        <source>Decided: %1 gets the row. The next dry run plans it so.</source>
        <translation>Decidido: %1 recibe la fila. La próxima simulación lo planificará así.</translation>
    </message>
</context>
<context>
    <name>fieldlink::ConnectedGhl</name>
    <message>
        <source>No connection is in use: choose or create one on the Connections page.</source>
        <translation>No hay ninguna conexión en uso: elija o cree una en la página Conexiones.</translation>
    </message>
</context>
<context>
    <name>fieldlink::ConnectionDraft</name>
    <message>
        <source>"%1" is not a web address (https://…).</source>
        <translation>«%1» no es una dirección web (https://…).</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Dé un nombre a la conexión.</translation>
    </message>
    <message>
        <source>A connection named "%1" already exists.</source>
        <translation>Ya existe una conexión llamada «%1».</translation>
    </message>
    <message>
        <source>Enter a HighLevel location ID, a Kixie Business ID, or both.</source>
        <translation>Introduzca un ID de ubicación de HighLevel, un Business ID de Kixie, o ambos.</translation>
    </message>
    <message>
        <source>Enter the HighLevel location ID the token belongs to.</source>
        <translation>Introduzca el ID de la ubicación de HighLevel a la que pertenece el token.</translation>
    </message>
    <message>
        <source>Enter the Kixie Business ID that goes with the API key.</source>
        <translation>Introduzca el Business ID de Kixie que corresponde a la clave de API.</translation>
    </message>
</context>
<context>
    <name>fieldlink::ConnectionListModel</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>HighLevel location id</source>
        <translation>ID de ubicación de HighLevel</translation>
    </message>
    <message>
        <source>Kixie Business ID</source>
        <translation>Business ID de Kixie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>HighLevel</source>
        <translation>HighLevel</translation>
    </message>
    <message>
        <source>Kixie</source>
        <translation>Kixie</translation>
    </message>
</context>
<context>
    <name>fieldlink::ConnectionSaver</name>
    <message>
        <source>Could not rename the connection: %1</source>
        <translation>No se pudo renombrar la conexión: %1</translation>
    </message>
    <message>
        <source>Could not save the connection: %1</source>
        <translation>No se pudo guardar la conexión: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::ConnectionSides</name>
    <message>
        <source>The connection "%1" has no HighLevel side with a saved secret; complete it on the Connections page.</source>
        <translation>La conexión «%1» no tiene un lado de HighLevel con el secreto guardado; complétela en la página Conexiones.</translation>
    </message>
    <message>
        <source>The HighLevel secret could not be read: %1</source>
        <translation>No se pudo leer el secreto de HighLevel: %1</translation>
    </message>
    <message>
        <source>The connection "%1" has no Kixie side with a saved API key; complete it on the Connections page.</source>
        <translation>La conexión «%1» no tiene un lado de Kixie con la clave de API guardada; complétela en la página Conexiones.</translation>
    </message>
    <message>
        <source>The Kixie API key could not be read: %1</source>
        <translation>No se pudo leer la clave de API de Kixie: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::ConnectionTester</name>
    <message>
        <source>The API address is not allowed</source>
        <translation>La dirección de la API no está permitida</translation>
    </message>
</context>
<context>
    <name>fieldlink::ConnectionTests</name>
    <message>
        <source>No location ID</source>
        <translation>Falta el ID de ubicación</translation>
    </message>
    <message>
        <source>Enter the HighLevel location ID first.</source>
        <translation>Introduzca primero el ID de ubicación de HighLevel.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Falta el token</translation>
    </message>
    <message>
        <source>Click "Connect in the browser…" first.</source>
        <translation>Pulse primero «Conectar en el navegador…».</translation>
    </message>
    <message>
        <source>Paste the Private Integration Token first.</source>
        <translation>Pegue primero el token de integración privada.</translation>
    </message>
    <message>
        <source>The saved secret could not be read</source>
        <translation>No se pudo leer el secreto guardado</translation>
    </message>
    <message>
        <source>No Business ID</source>
        <translation>Falta el Business ID</translation>
    </message>
    <message>
        <source>Enter the Kixie Business ID first.</source>
        <translation>Introduzca primero el Business ID de Kixie.</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Falta la clave de API</translation>
    </message>
    <message>
        <source>Paste the Kixie API key first.</source>
        <translation>Pegue primero la clave de API de Kixie.</translation>
    </message>
    <message>
        <source>The saved API key could not be read</source>
        <translation>No se pudo leer la clave de API guardada</translation>
    </message>
</context>
<context>
    <name>fieldlink::ConnectionsPage</name>
    <message>
        <source>Waiting for HighLevel: approve Fieldlink in the browser window that opened.</source>
        <translation>Esperando a HighLevel: autorice a Fieldlink en la ventana del navegador que se ha abierto.</translation>
    </message>
    <message>
        <source>Sandbox (built-in emulator, no real data)</source>
        <translation>Sandbox (emulador integrado, sin datos reales)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Remove the connection "%1" and delete its secrets from the keychain?</source>
        <translation>¿Eliminar la conexión «%1» y borrar sus secretos del llavero?</translation>
    </message>
    <message>
        <source>The keychain entry could not be deleted: %1</source>
        <translation>No se pudo borrar la entrada del llavero: %1</translation>
    </message>
    <message>
        <source>The HighLevel secret was removed from the keychain.</source>
        <translation>El secreto de HighLevel se eliminó del llavero.</translation>
    </message>
    <message>
        <source>The Kixie API key was removed from the keychain.</source>
        <translation>La clave de API de Kixie se eliminó del llavero.</translation>
    </message>
    <message>
        <source>Enter the Client ID and Client secret of your Marketplace app (Marketplace → My Apps → Auth) first.</source>
        <translation>Introduzca primero el ID de cliente y el secreto de cliente de su app del Marketplace (Marketplace → My Apps → Auth).</translation>
    </message>
    <message>
        <source>Connected to location %1. Save to keep it.</source>
        <translation>Conectado a la ubicación %1. Guarde para conservarlo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not everything was saved: %1</source>
        <translation>No se guardó todo: %1</translation>
    </message>
    <message>
        <source>The connection could not be deleted: %1</source>
        <translation>No se pudo eliminar la conexión: %1</translation>
    </message>
    <message>
        <source>The connection could not be updated: %1</source>
        <translation>No se pudo actualizar la conexión: %1</translation>
    </message>
    <message>
        <source>Forget tok&amp;en</source>
        <translation>Ol&amp;vidar token</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Guardar conexión</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>Guardar de &amp;todos modos</translation>
    </message>
    <message>
        <source>Not saved. Test the connection, then save it.</source>
        <translation>Sin guardar. Pruebe la conexión y después guárdela.</translation>
    </message>
    <message>
        <source>Saved. Click Use this connection to work on it.</source>
        <translation>Guardada. Pulse «Usar esta conexión» para trabajar con ella.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No connection is in use.&lt;/b&gt; Choose one in the list and click Use this connection.</source>
        <translation>&lt;b&gt;No hay ninguna conexión en uso.&lt;/b&gt; Elija una en la lista y pulse «Usar esta conexión».</translation>
    </message>
    <message>
        <source>&lt;b&gt;In use: %1&lt;/b&gt; (this connection)</source>
        <translation>&lt;b&gt;En uso: %1&lt;/b&gt; (esta conexión)</translation>
    </message>
    <message>
        <source>&lt;b&gt;In use: %1&lt;/b&gt;. Saving or testing the connection below does not change that.</source>
        <translation>&lt;b&gt;En uso: %1&lt;/b&gt;. Guardar o probar la conexión de abajo no cambia eso.</translation>
    </message>
</context>
<context>
    <name>fieldlink::ContactChangeModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (sin cambios)</translation>
    </message>
    <message>
        <source>Do not disturb: %1</source>
        <translation>No molestar: %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>On (unchanged)</source>
        <translation>Activado (sin cambios)</translation>
    </message>
    <message>
        <source>Turned on</source>
        <translation>Se activó</translation>
    </message>
    <message>
        <source>Contact field</source>
        <translation>Campo del contacto</translation>
    </message>
    <message>
        <source>In GHL now</source>
        <translation>En GHL ahora</translation>
    </message>
    <message>
        <source>After this call</source>
        <translation>Después de esta llamada</translation>
    </message>
</context>
<context>
    <name>fieldlink::ContactFieldAdvice</name>
    <message>
        <source>"%1" is a date field in GHL, but "%2" is %3; add a "Date and time" step written as "Date" so GHL gets a date.</source>
        <translation>"%1" es un campo de fecha en GHL, pero "%2" es %3; añada un paso "Fecha y hora" escrito como "Fecha" para que GHL reciba una fecha.</translation>
    </message>
    <message>
        <source>"%1" is a number field in GHL, but "%2" is %3; GHL refuses a value that is not a number. Choose a number source, or map its values to numbers.</source>
        <translation>"%1" es un campo numérico en GHL, pero "%2" es %3; GHL rechaza un valor que no sea un número. Elija un origen numérico o asigne sus valores a números.</translation>
    </message>
</context>
<context>
    <name>fieldlink::ContactPickerDialog</name>
    <message>
        <source>Search the contacts of "%1".</source>
        <translation>Busque los contactos de «%1».</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>No contact matches.</source>
        <translation>Ningún contacto coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found.</source>
        <translation>
            <numerusform>%n contacto encontrado.</numerusform>
            <numerusform>%n contactos encontrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use %n contact(s)</source>
        <translation>
            <numerusform>Usar %n contacto</numerusform>
            <numerusform>Usar %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %L1 matches; narrow the search to see others.</source>
        <translation>Las primeras %L1 coincidencias; afine la búsqueda para ver otras.</translation>
    </message>
</context>
<context>
    <name>fieldlink::DiagnosticListModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the rule.</source>
        <translation>Haga doble clic o pulse Intro para abrir la regla.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>fieldlink::DndChanges</name>
    <message>
        <source>Do not disturb: %1 — would be turned on for %2</source>
        <translation>No molestar: %1 — se activaría para %2</translation>
    </message>
    <message>
        <source>Do not disturb: %1 — turned on for %2</source>
        <translation>No molestar: %1 — activado para %2</translation>
    </message>
    <message>
        <source>Turn on do-not-disturb?</source>
        <translation>¿Activar «No molestar»?</translation>
    </message>
    <message numerus="yes">
        <source>This run would turn on do-not-disturb in GHL for %n contact(s). Automations will then stop calling or texting them on those channels until someone lifts it in GHL.</source>
        <translation>
            <numerusform>Esta ejecución activaría «No molestar» en GHL para %n contacto. Las automatizaciones dejarán entonces de llamarlo o enviarle mensajes de texto por esos canales hasta que alguien lo quite en GHL.</numerusform>
            <numerusform>Esta ejecución activaría «No molestar» en GHL para %n contactos. Las automatizaciones dejarán entonces de llamarlos o enviarles mensajes de texto por esos canales hasta que alguien lo quite en GHL.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Turn on do-not-disturb</source>
        <translation>Activar «No molestar»</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Apply to all in this run</source>
        <translation>Aplicar a todos en esta ejecución</translation>
    </message>
    <message>
        <source>Give every later do-not-disturb change of this run the same answer, without asking again.</source>
        <translation>Dar la misma respuesta a todos los cambios posteriores de «No molestar» de esta ejecución, sin volver a preguntar.</translation>
    </message>
</context>
<context>
    <name>fieldlink::DndEditor</name>
    <message>
        <source>When a call ends with one of these dispositions, Fieldlink turns on the contact's do-not-disturb in GHL for the ticked channels. It never turns it off: lifting it is done in GHL.</source>
        <translation>Cuando una llamada termina con uno de estos resultados, Fieldlink activa «No molestar» del contacto en GHL para los canales marcados. Nunca lo desactiva: quitarlo se hace en GHL.</translation>
    </message>
    <message>
        <source>No disposition sets do-not-disturb.</source>
        <translation>Ningún resultado activa «No molestar».</translation>
    </message>
    <message>
        <source>&amp;Message in GHL:</source>
        <translation>&amp;Mensaje en GHL:</translation>
    </message>
    <message>
        <source>Default: names the call's date, agent and disposition</source>
        <translation>Predeterminado: indica la fecha, el agente y el resultado de la llamada</translation>
    </message>
    <message>
        <source>Add a do-not-disturb &amp;rule</source>
        <translation>Añadir una &amp;regla de «No molestar»</translation>
    </message>
    <message>
        <source>Use the default do-not-disturb message</source>
        <translation>Usar el mensaje predeterminado de «No molestar»</translation>
    </message>
    <message>
        <source>Change the do-not-disturb message</source>
        <translation>Cambiar el mensaje de «No molestar»</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Mensajes de texto</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Google Business messages</source>
        <translation>Mensajes de Google Business</translation>
    </message>
    <message>
        <source>Facebook messages</source>
        <translation>Mensajes de Facebook</translation>
    </message>
    <message>
        <source>Add a do-not-disturb rule</source>
        <translation>Añadir una regla de «No molestar»</translation>
    </message>
    <message>
        <source>Remove a do-not-disturb rule</source>
        <translation>Quitar una regla de «No molestar»</translation>
    </message>
    <message>
        <source>Dispositions:</source>
        <translation>Resultados:</translation>
    </message>
    <message>
        <source>Do Not Call, DNC</source>
        <translation>Do Not Call, DNC</translation>
    </message>
    <message>
        <source>Kixie dispositions, separated by commas; any case</source>
        <translation>Resultados de Kixie, separados por comas; sin distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Turn on for:</source>
        <translation>Activar para:</translation>
    </message>
    <message>
        <source>Turn on do-not-disturb for %1</source>
        <translation>Activar «No molestar» para %1</translation>
    </message>
    <message>
        <source>Stop turning on do-not-disturb for %1</source>
        <translation>Dejar de activar «No molestar» para %1</translation>
    </message>
    <message>
        <source>Change the dispositions that set do-not-disturb</source>
        <translation>Cambiar los resultados que activan «No molestar»</translation>
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
    <name>fieldlink::FieldCatalogModel</name>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required: every record must fill it.</source>
        <translation>Obligatorio: todo registro debe rellenarlo.</translation>
    </message>
    <message>
        <source>Read by a rule.</source>
        <translation>Lo lee una regla.</translation>
    </message>
    <message>
        <source>Filled by a rule.</source>
        <translation>Lo rellena una regla.</translation>
    </message>
    <message>
        <source>In the samples: %1</source>
        <translation>En las muestras: %1</translation>
    </message>
    <message>
        <source>Source field</source>
        <translation>Campo de origen</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Campo de destino</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>In the samples</source>
        <translation>En las muestras</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
</context>
<context>
    <name>fieldlink::FieldPickerDialog</name>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>&amp;Add as another source</source>
        <translation>&amp;Añadir como otro origen</translation>
    </message>
</context>
<context>
    <name>fieldlink::GhlContactLookup</name>
    <message>
        <source>No connection in use: choose one on the Connections page.</source>
        <translation>No hay ninguna conexión en uso: elija una en la página Conexiones.</translation>
    </message>
    <message>
        <source>Could not read the location's custom fields: %1</source>
        <translation>No se pudieron leer los campos personalizados de la ubicación: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::HistoryPage</name>
    <message>
        <source>Reads the runs again (%1)</source>
        <translation>Vuelve a leer las ejecuciones (%1)</translation>
    </message>
    <message>
        <source>No runs yet: a dry run from Test Sync or fieldlink-cli appears here.</source>
        <translation>Aún no hay ejecuciones: una simulación desde Sincronización de prueba o fieldlink-cli aparece aquí.</translation>
    </message>
    <message>
        <source>Select a run to see its records.</source>
        <translation>Seleccione una ejecución para ver sus registros.</translation>
    </message>
    <message>
        <source>Run %1 (%2, %3): %4.</source>
        <translation>Ejecución %1 (%2, %3): %4.</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>CONEXIÓN</translation>
    </message>
    <message>
        <source>This run was interrupted and can carry on where it stopped (Resume), or from a terminal:</source>
        <translation>Esta ejecución se interrumpió y puede continuar donde se quedó (Reanudar), o desde una terminal:</translation>
    </message>
    <message>
        <source>Send only the records that failed again, with the current profile (Replay failed), or from a terminal:</source>
        <translation>Vuelva a enviar solo los registros que fallaron, con el perfil actual (Repetir fallidos), o desde una terminal:</translation>
    </message>
</context>
<context>
    <name>fieldlink::KeepInSyncDialog</name>
    <message>
        <source>Copied. Paste it into crontab -e.</source>
        <translation>Copiado. Péguelo en crontab -e.</translation>
    </message>
    <message>
        <source>Choose the connection the schedule syncs.</source>
        <translation>Elija la conexión que sincroniza la programación.</translation>
    </message>
    <message>
        <source>“%1” is set up and started.</source>
        <translation>«%1» está configurada e iniciada.</translation>
    </message>
    <message>
        <source>No schedules yet.</source>
        <translation>Aún no hay programaciones.</translation>
    </message>
    <message>
        <source>“%1” is paused.</source>
        <translation>«%1» está en pausa.</translation>
    </message>
    <message>
        <source>“%1” runs again.</source>
        <translation>«%1» vuelve a ejecutarse.</translation>
    </message>
    <message>
        <source>“%1” is removed.</source>
        <translation>«%1» se eliminó.</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Eliminar programación</translation>
    </message>
    <message>
        <source>Stop “%1” and remove it? Nothing synced so far is undone.</source>
        <translation>¿Detener «%1» y eliminarla? No se deshace nada de lo sincronizado hasta ahora.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>fieldlink::KixieChoiceModel</name>
    <message>
        <source>(no cadence)</source>
        <translation>(sin cadencia)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Unknown cadence %1</source>
        <translation>Cadencia desconocida %1</translation>
    </message>
    <message>
        <source>Unknown agent %1</source>
        <translation>Agente desconocido %1</translation>
    </message>
    <message>
        <source>Unknown list %1</source>
        <translation>Lista desconocida %1</translation>
    </message>
    <message>
        <source>ID %1 is not among this Kixie account's lists; it is kept as it is. Add it under "Edit lists…" to give it a name.</source>
        <translation>El ID %1 no está entre las listas de esta cuenta de Kixie; se conserva tal cual. Añádalo en «Editar listas…» para darle un nombre.</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::KixieDirectory</name>
    <message>
        <source>Could not read the sandbox's lists: %1</source>
        <translation>No se pudieron leer las listas del sandbox: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::KixieDirectoryDialog</name>
    <message>
        <source>Kixie lists of %1</source>
        <translation>Listas de Kixie de %1</translation>
    </message>
    <message>
        <source>PowerLists</source>
        <translation>PowerLists</translation>
    </message>
    <message>
        <source>Cadences</source>
        <translation>Cadencias</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>This connection has no Kixie side yet: save its Kixie API key and Business ID first.</source>
        <translation>Esta conexión aún no tiene lado de Kixie: guarde primero su clave de API y su Business ID de Kixie.</translation>
    </message>
    <message>
        <source>The lists could not be saved: %1</source>
        <translation>No se pudieron guardar las listas: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::KixieDirectoryModel</name>
    <message>
        <source>cadence</source>
        <translation>cadencia</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>PowerList</source>
        <translation>PowerList</translation>
    </message>
    <message>
        <source>The %1 "%2" needs its ID, as Kixie shows it.</source>
        <translation>Falta el ID de %1 «%2», tal como lo muestra Kixie.</translation>
    </message>
    <message>
        <source>The ID %1 is listed twice; each %2 once.</source>
        <translation>El ID %1 aparece dos veces; cada %2, solo una vez.</translation>
    </message>
    <message>
        <source>Listed by the sandbox: it names its own lists, so this one is not edited here.</source>
        <translation>Lo lista el sandbox: el sandbox pone nombre a sus propias listas, así que esta no se edita aquí.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID in Kixie</source>
        <translation>ID en Kixie</translation>
    </message>
</context>
<context>
    <name>fieldlink::MainWindow</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>SANDBOX - built-in emulator, no real data</source>
        <translation>ENTORNO DE PRUEBAS - emulador integrado, sin datos reales</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Entorno de pruebas en ejecución en %1</translation>
    </message>
    <message>
        <source>About Fieldlink</source>
        <translation>Acerca de Fieldlink</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fieldlink %1&lt;/h3&gt;&lt;p&gt;Connects a HighLevel sub-account to a Kixie dialer: field mapping, test syncs and scheduled runs.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fieldlink %1&lt;/h3&gt;&lt;p&gt;Conecta una subcuenta de HighLevel con un marcador Kixie: asignación de campos, sincronizaciones de prueba y ejecuciones programadas.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, en ejecución sobre Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Iniciando el sandbox integrado…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Fieldlink</source>
        <translation>Fieldlink</translation>
    </message>
    <message>
        <source>Fieldlink - %1 (Sandbox)</source>
        <translation>Fieldlink - %1 (Sandbox)</translation>
    </message>
    <message>
        <source>PRODUCTION - %1: changes reach real HighLevel and Kixie accounts</source>
        <translation>PRODUCCIÓN - %1: los cambios llegan a cuentas reales de HighLevel y Kixie</translation>
    </message>
    <message>
        <source>Fieldlink - %1 (Production)</source>
        <translation>Fieldlink - %1 (Producción)</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Hay una ejecución en curso</translation>
    </message>
    <message>
        <source>Stop the run and close Fieldlink? The run stops after the calls already sent and can be resumed from History.</source>
        <translation>¿Detener la ejecución y cerrar Fieldlink? La ejecución se detiene tras las llamadas ya enviadas y se puede reanudar desde Historial.</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Detener y cerrar</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Seguir ejecutando</translation>
    </message>
    <message>
        <source>Stopping the run: Fieldlink closes once the calls already sent are answered. Close again to quit at once.</source>
        <translation>Deteniendo la ejecución: Fieldlink se cierra cuando se respondan las llamadas ya enviadas. Cierre de nuevo para salir de inmediato.</translation>
    </message>
</context>
<context>
    <name>fieldlink::MappingPage</name>
    <message numerus="yes">
        <source>Validates clean: %n rule(s).</source>
        <translation>
            <numerusform>Válido sin problemas: %n regla.</numerusform>
            <numerusform>Válido sin problemas: %n reglas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Edited, not saved. </source>
        <translation>Editado, sin guardar. </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) from %1</source>
        <translation>
            <numerusform>%n contacto de %1</numerusform>
            <numerusform>%n contactos de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection in use: choose one on the Connections page</source>
        <translation>No hay conexión en uso: elija una en la página Conexiones</translation>
    </message>
    <message>
        <source>Reads the custom fields and the first %1 contacts of "%2" (read-only)</source>
        <translation>Lee los campos personalizados y los primeros %1 contactos de «%2» (solo lectura)</translation>
    </message>
    <message>
        <source>Reading samples from %1…</source>
        <translation>Leyendo muestras de %1…</translation>
    </message>
    <message>
        <source>No samples yet: fetch them from the connection or load a file, and every edit shows what it does to them.</source>
        <translation>Aún no hay muestras: obténgalas de la conexión o cargue un archivo, y cada edición mostrará lo que les hace.</translation>
    </message>
    <message>
        <source>Samples: %1.</source>
        <translation>Muestras: %1.</translation>
    </message>
    <message>
        <source>Pro&amp;blems (%1)</source>
        <translation>Pro&amp;blemas (%1)</translation>
    </message>
    <message>
        <source>Source for %1</source>
        <translation>Origen de %1</translation>
    </message>
    <message>
        <source>Target field</source>
        <translation>Campo de destino</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n auto-match proposal(s)</source>
        <translation>
            <numerusform>Aceptar %n propuesta de emparejamiento</numerusform>
            <numerusform>Aceptar %n propuestas de emparejamiento</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found, %L1 of them errors.</source>
        <translation>
            <numerusform>Se encontró %Ln problema (errores: %L1).</numerusform>
            <numerusform>Se encontraron %Ln problemas (errores: %L1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln sample(s) would be sent.</source>
        <translation>
            <numerusform>%L1 de %Ln muestra se enviaría.</numerusform>
            <numerusform>%L1 de %Ln muestras se enviarían.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact in &amp;GHL</source>
        <translation>Contacto en &amp;GHL</translation>
    </message>
    <message>
        <source>Do not &amp;disturb</source>
        <translation>No &amp;molestar</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(no leído)</translation>
    </message>
    <message>
        <source>This call names no contact: it has neither a contact ID nor a phone.</source>
        <translation>Esta llamada no indica ningún contacto: no tiene ni ID de contacto ni teléfono.</translation>
    </message>
    <message>
        <source>GHL has no contact %1.</source>
        <translation>GHL no tiene el contacto %1.</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(sin contacto)</translation>
    </message>
    <message>
        <source>The contact as GHL has it now: %1 (read once from %2).</source>
        <translation>El contacto tal como lo tiene GHL ahora: %1 (leído una vez de %2).</translation>
    </message>
    <message>
        <source>Could not read the contact from GHL: %1</source>
        <translation>No se pudo leer el contacto de GHL: %1</translation>
    </message>
    <message>
        <source>Choose a connection on the Connections page to compare with the contact in GHL.</source>
        <translation>Elija una conexión en la página Conexiones para comparar con el contacto en GHL.</translation>
    </message>
    <message>
        <source>Reading the contact from %1…</source>
        <translation>Leyendo el contacto de %1…</translation>
    </message>
    <message>
        <source>Set the target of a rule to %1</source>
        <translation>Poner %1 como destino de una regla</translation>
    </message>
    <message>
        <source>Add a rule for %1</source>
        <translation>Añadir una regla para %1</translation>
    </message>
    <message>
        <source>Add the steps %1 needs</source>
        <translation>Añadir los pasos que necesita %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::MappingProfileLibrary</name>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The profile has edits that are not saved. Drop them?</source>
        <translation>El perfil tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>version %1, saved %2</source>
        <translation>versión %1, guardada el %2</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>aún sin guardar</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Guardar versión</translation>
    </message>
    <message>
        <source>The profile could not be saved in the database: %1</source>
        <translation>No se pudo guardar el perfil en la base de datos: %1</translation>
    </message>
    <message>
        <source>What changed? (optional; shown in the history)</source>
        <translation>¿Qué cambió? (opcional; se muestra en el historial)</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Guardado como versión %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1 with %n error(s): a run refuses it until they are fixed.</source>
        <translation>
            <numerusform>Guardado como versión %1 con %n error: una ejecución lo rechaza hasta que se corrija.</numerusform>
            <numerusform>Guardado como versión %1 con %n errores: una ejecución lo rechaza hasta que se corrijan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restaurar la versión %1</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importar perfil</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3). Nothing was changed.</source>
        <translation>%1 no es JSON válido (en el byte %2: %3). No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 does not hold a profile (a JSON object). Nothing was changed.</source>
        <translation>%1 no contiene un perfil (un objeto JSON). No se cambió nada.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exportar perfil</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Perfiles (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from %1</source>
        <translation>
            <numerusform>%n registro de %1</numerusform>
            <numerusform>%n registros de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Load samples</source>
        <translation>Cargar muestras</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>the first %L1 of the %Ln record(s) in %2 (fieldlink-cli map maps a whole file)</source>
        <translation>
            <numerusform>los primeros %L1 del %Ln registro de %2 (fieldlink-cli map asigna un archivo completo)</numerusform>
            <numerusform>los primeros %L1 de los %Ln registros de %2 (fieldlink-cli map asigna un archivo completo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped: %1</source>
        <translation>
            <numerusform>%Ln línea omitida: %1</numerusform>
            <numerusform>%Ln líneas omitidas: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldlink::OtherRunsStatus</name>
    <message>
        <source>A scheduled run is writing to %1 (since %2)</source>
        <translation>Una ejecución programada está escribiendo en %1 (desde las %2)</translation>
    </message>
    <message>
        <source>Another Fieldlink window is writing to %1 (since %2)</source>
        <translation>Otra ventana de Fieldlink está escribiendo en %1 (desde las %2)</translation>
    </message>
    <message>
        <source>Scheduled run %1 is writing to %2 (since %3)</source>
        <translation>La ejecución programada %1 está escribiendo en %2 (desde las %3)</translation>
    </message>
    <message>
        <source>Run %1 of another Fieldlink window is writing to %2 (since %3)</source>
        <translation>La ejecución %1 de otra ventana de Fieldlink está escribiendo en %2 (desde las %3)</translation>
    </message>
    <message numerus="yes">
        <source>, and %n more run(s)</source>
        <translation>
            <numerusform>, y %n ejecución más</numerusform>
            <numerusform>, y %n ejecuciones más</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to %1: %2</source>
        <translation>Escribiendo en %1: %2</translation>
    </message>
</context>
<context>
    <name>fieldlink::PreviewModel</name>
    <message>
        <source>Mapped</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>%1 call, %2</source>
        <translation>llamada %1, %2</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sin id)</translation>
    </message>
    <message>
        <source>(nothing is sent)</source>
        <translation>(no se envía nada)</translation>
    </message>
    <message>
        <source>Sample record</source>
        <translation>Registro de muestra</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Would send</source>
        <translation>Enviaría</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>fieldlink::ProductionConfirmation</name>
    <message>
        <source>Run against production</source>
        <translation>Ejecutar contra producción</translation>
    </message>
    <message>
        <source>&amp;Dry Run First</source>
        <translation>Primero una &amp;simulación</translation>
    </message>
</context>
<context>
    <name>fieldlink::ProfileChoices</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
</context>
<context>
    <name>fieldlink::ProfileCommands</name>
    <message>
        <source>(no target)</source>
        <translation>(sin destino)</translation>
    </message>
    <message>
        <source>Add rule for %1</source>
        <translation>Añadir regla para %1</translation>
    </message>
    <message>
        <source>Remove rule for %1</source>
        <translation>Quitar regla para %1</translation>
    </message>
    <message>
        <source>Move rule for %1</source>
        <translation>Mover regla para %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::ProfileVersionChoice</name>
    <message>
        <source>As shipped</source>
        <translation>Tal como se distribuye</translation>
    </message>
    <message>
        <source>Newest saved (version %1)</source>
        <translation>La más reciente guardada (versión %1)</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Versión %1, %2</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Versión %1: %2</translation>
    </message>
    <message>
        <source>The Mapping page has unsaved edits of this profile: runs use a saved version. Save there (Ctrl+S) to test the edits.</source>
        <translation>La página Mapeo tiene cambios sin guardar de este perfil: las ejecuciones usan una versión guardada. Guarde allí (Ctrl+S) para probar los cambios.</translation>
    </message>
</context>
<context>
    <name>fieldlink::RecordChangesModel</name>
    <message>
        <source>%1 (sent as %2)</source>
        <translation>%1 (enviado como %2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Activado: %1</translation>
    </message>
    <message>
        <source>Left as it was (skipped): %1</source>
        <translation>Se dejó como estaba (omitido): %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::RecordComparisonModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(no se envía)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Before (source)</source>
        <translation>Antes (origen)</translation>
    </message>
    <message>
        <source>After (sent)</source>
        <translation>Después (enviado)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>fieldlink::RecordDetailView</name>
    <message>
        <source>Requests: select a record.</source>
        <translation>Solicitudes: seleccione un registro.</translation>
    </message>
    <message>
        <source>Requests: none were made for %1.</source>
        <translation>Solicitudes: no se hizo ninguna para %1.</translation>
    </message>
    <message numerus="yes">
        <source>Requests made for %1: %n call(s).</source>
        <translation>
            <numerusform>Solicitudes hechas para %1: %n llamada.</numerusform>
            <numerusform>Solicitudes hechas para %1: %n llamadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading contact %1…</source>
        <translation>Leyendo el contacto %1…</translation>
    </message>
    <message>
        <source>Could not read contact %1: %2</source>
        <translation>No se pudo leer el contacto %1: %2</translation>
    </message>
    <message>
        <source>Select a record to see what was done and why.</source>
        <translation>Seleccione un registro para ver qué se hizo y por qué.</translation>
    </message>
    <message>
        <source>route %1</source>
        <translation>ruta %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::RequestTraceModel</name>
    <message>
        <source>no answer (%1)</source>
        <translation>sin respuesta (%1)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Attempt %1, answer %2 after %3 ms</source>
        <translation>Intento %1, respuesta %2 tras %3 ms</translation>
    </message>
    <message>
        <source>, trace id %1</source>
        <translation>, id de traza %1</translation>
    </message>
    <message>
        <source>Request headers (secrets removed):</source>
        <translation>Cabeceras de la solicitud (secretos eliminados):</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Cuerpo de la solicitud:</translation>
    </message>
    <message>
        <source>Response headers:</source>
        <translation>Cabeceras de la respuesta:</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Cuerpo de la respuesta:</translation>
    </message>
</context>
<context>
    <name>fieldlink::RoutingEditor</name>
    <message>
        <source>Remove the row from that PowerList</source>
        <translation>Quitar la fila de esa PowerList</translation>
    </message>
    <message>
        <source>Keep the row</source>
        <translation>Conservar la fila</translation>
    </message>
    <message>
        <source>Set what happens when a contact stops matching</source>
        <translation>Definir qué pasa cuando un contacto deja de coincidir</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Edit route %1</source>
        <translation>Editar la ruta %1</translation>
    </message>
    <message>
        <source>Edit the default route</source>
        <translation>Editar la ruta predeterminada</translation>
    </message>
    <message>
        <source>Route %1</source>
        <translation>Ruta %1</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>Añadir ruta</translation>
    </message>
    <message>
        <source>Remove route %1</source>
        <translation>Quitar la ruta %1</translation>
    </message>
    <message>
        <source>Move route %1</source>
        <translation>Mover la ruta %1</translation>
    </message>
    <message>
        <source>Choose a PowerList</source>
        <translation>Elija una PowerList</translation>
    </message>
    <message>
        <source>no PowerList yet</source>
        <translation>aún no hay PowerList</translation>
    </message>
    <message>
        <source>Unknown list %1</source>
        <translation>Lista desconocida %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>contact update</source>
        <translation>actualización del contacto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>fieldlink::RuleEditorPane</name>
    <message>
        <source>Rule editor - Fieldlink</source>
        <translation>Editor de reglas - Fieldlink</translation>
    </message>
    <message>
        <source>Bac&amp;k in the page</source>
        <translation>Volver a la &amp;página</translation>
    </message>
    <message>
        <source>In a &amp;window</source>
        <translation>En una &amp;ventana</translation>
    </message>
</context>
<context>
    <name>fieldlink::RuleTableModel</name>
    <message>
        <source>Required, when its condition holds</source>
        <translation>Obligatorio, cuando se cumple su condición</translation>
    </message>
    <message>
        <source>When its condition holds</source>
        <translation>Cuando se cumple su condición</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transformaciones</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Se aplica</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Profile path: rules[%1]</source>
        <translation>Ruta en el perfil: rules[%1]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Map %1 from %2</source>
        <translation>Asignar %1 desde %2</translation>
    </message>
    <message numerus="yes">
        <source>Add %n rule(s)</source>
        <translation>
            <numerusform>Añadir %n regla</numerusform>
            <numerusform>Añadir %n reglas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rule(s)</source>
        <translation>
            <numerusform>Quitar %n regla</numerusform>
            <numerusform>Quitar %n reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>Not previewed: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(sin destino)</translation>
    </message>
    <message>
        <source>Set target of rule for %1 to %2</source>
        <translation>Definir %2 como destino de la regla de %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n rule(s) by drag and drop</source>
        <translation>
            <numerusform>Añadir %n regla arrastrando y soltando</numerusform>
            <numerusform>Añadir %n reglas arrastrando y soltando</numerusform>
        </translation>
    </message>
    <message>
        <source>Add rule reading %1</source>
        <translation>Añadir una regla que lee %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::RunExportButtons</name>
    <message>
        <source>Export request log</source>
        <translation>Exportar el registro de peticiones</translation>
    </message>
    <message>
        <source>run-%1.har</source>
        <translation>ejecucion-%1.har</translation>
    </message>
    <message>
        <source>HAR (*.har)</source>
        <translation>HAR (*.har)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Export results: choose a folder for the success and error files</source>
        <translation>Exportar resultados: elija una carpeta para los archivos de éxitos y de errores</translation>
    </message>
    <message>
        <source>The results could not be exported: %1</source>
        <translation>No se pudieron exportar los resultados: %1</translation>
    </message>
    <message>
        <source>Saved the request log to %1.</source>
        <translation>Registro de peticiones guardado en %1.</translation>
    </message>
</context>
<context>
    <name>fieldlink::RunHistoryModel</name>
    <message>
        <source>tag "%1"</source>
        <translation>etiqueta «%1»</translation>
    </message>
    <message>
        <source>search "%1"</source>
        <translation>búsqueda «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n picked contact(s)</source>
        <translation>
            <numerusform>%n contacto elegido</numerusform>
            <numerusform>%n contactos elegidos</numerusform>
        </translation>
    </message>
    <message>
        <source>since the last run</source>
        <translation>desde la última ejecución</translation>
    </message>
    <message>
        <source>call events</source>
        <translation>eventos de llamada</translation>
    </message>
    <message>
        <source>all contacts</source>
        <translation>todos los contactos</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Interrupted (resumable)</source>
        <translation>Interrumpida (se puede reanudar)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Replay of failures</source>
        <translation>Repetición de fallos</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Llamadas a la API</translation>
    </message>
    <message>
        <source>first %L1</source>
        <translation>primeros %L1</translation>
    </message>
    <message>
        <source>%1, version %L2</source>
        <translation>%1, versión %L2</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>%L1 min %L2 s</source>
        <translation>%L1 min %L2 s</translation>
    </message>
    <message>
        <source>HighLevel %L1 · Kixie %L2</source>
        <translation>HighLevel %L1 · Kixie %L2</translation>
    </message>
</context>
<context>
    <name>fieldlink::RunRecordsModel</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kixie call ID: %1</source>
        <translation>ID de llamada de Kixie: %1</translation>
    </message>
    <message>
        <source>HighLevel contact ID: %1</source>
        <translation>ID de contacto de HighLevel: %1</translation>
    </message>
    <message>
        <source>Requests sent to write the record, retries included</source>
        <translation>Solicitudes enviadas para escribir el registro, reintentos incluidos</translation>
    </message>
    <message>
        <source>Would update the contact</source>
        <translation>Actualizaría el contacto</translation>
    </message>
    <message>
        <source>Contact updated</source>
        <translation>Contacto actualizado</translation>
    </message>
</context>
<context>
    <name>fieldlink::RunResultsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n success(es) to %1</source>
        <translation>
            <numerusform>%n éxito guardado en %1</numerusform>
            <numerusform>%n éxitos guardados en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to %1.</source>
        <translation>
            <numerusform>%n error en %1.</numerusform>
            <numerusform>%n errores en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldlink::SampleFetcher</name>
    <message>
        <source>Could not read the location's custom fields: %1</source>
        <translation>No se pudieron leer los campos personalizados de la ubicación: %1</translation>
    </message>
    <message>
        <source>Could not read sample contacts: %1</source>
        <translation>No se pudieron leer los contactos de muestra: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::ScheduleListModel</name>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>cada %n minuto</numerusform>
            <numerusform>cada %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n second(s)</source>
        <translation>
            <numerusform>cada %n segundo</numerusform>
            <numerusform>cada %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Near real time, %1, profile “%2”</source>
        <translation>Casi en tiempo real, %1, perfil «%2»</translation>
    </message>
    <message>
        <source>Sync %1, profile “%2”</source>
        <translation>Sincronizar %1, perfil «%2»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>fieldlink::SecretStatusText</name>
    <message>
        <source>Not connected yet.</source>
        <translation>Aún sin conectar.</translation>
    </message>
    <message>
        <source>No API key saved.</source>
        <translation>No hay ninguna clave de API guardada.</translation>
    </message>
    <message>
        <source>No token saved.</source>
        <translation>No hay ningún token guardado.</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>en el llavero del sistema</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>solo para esta sesión</translation>
    </message>
    <message numerus="yes">
        <source>Token saved %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Token guardado %1, hace %n día.</numerusform>
            <numerusform>Token guardado %1, hace %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected by OAuth %n day(s) ago; tokens saved %1 and renewed automatically.</source>
        <translation>
            <numerusform>Conectado por OAuth hace %n día; tokens guardados %1 y renovados automáticamente.</numerusform>
            <numerusform>Conectado por OAuth hace %n días; tokens guardados %1 y renovados automáticamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>API key saved %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Clave de API guardada %1, hace %n día.</numerusform>
            <numerusform>Clave de API guardada %1, hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>HighLevel recommends rotating Private Integration Tokens every %1 days: rotate it in Settings → Private Integrations, paste the new one and save.</source>
        <translation>HighLevel recomienda rotar los tokens de integración privada cada %1 días: rótelo en Configuración → Integraciones privadas, pegue el nuevo y guarde.</translation>
    </message>
    <message>
        <source>It is older than %1 days; consider a new key from Kixie, then paste it and save.</source>
        <translation>Tiene más de %1 días; considere pedir una clave nueva a Kixie, pegarla y guardar.</translation>
    </message>
    <message>
        <source>Token saved %1 today.</source>
        <translation>Token guardado %1 hoy.</translation>
    </message>
    <message>
        <source>Connected by OAuth today; tokens saved %1 and renewed automatically.</source>
        <translation>Conectado por OAuth hoy; tokens guardados %1 y renovados automáticamente.</translation>
    </message>
    <message>
        <source>API key saved %1 today.</source>
        <translation>Clave de API guardada %1 hoy.</translation>
    </message>
</context>
<context>
    <name>fieldlink::StatusBarIndicators</name>
    <message>
        <source>HighLevel requests that can be sent now, of its burst limit</source>
        <translation>Peticiones a HighLevel que pueden enviarse ahora, de su límite de ráfaga</translation>
    </message>
    <message>
        <source>Kixie calls left today, of the daily limit (resets at 00:00 UTC)</source>
        <translation>Llamadas a Kixie que quedan hoy, del límite diario (se reinicia a las 00:00 UTC)</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connection: %1 (sandbox)</source>
        <translation>Conexión: %1 (sandbox)</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
    <message>
        <source>HighLevel: %1 of %2 per %3 s</source>
        <translation>HighLevel: %1 de %2 cada %3 s</translation>
    </message>
    <message>
        <source>, %1 left today</source>
        <translation>, quedan %1 hoy</translation>
    </message>
    <message>
        <source>HighLevel: budget not known yet</source>
        <translation>HighLevel: presupuesto aún desconocido</translation>
    </message>
    <message>
        <source>Kixie: %1 of %2 left today</source>
        <translation>Kixie: quedan %1 de %2 hoy</translation>
    </message>
    <message>
        <source>Kixie: budget not known yet</source>
        <translation>Kixie: presupuesto aún desconocido</translation>
    </message>
</context>
<context>
    <name>fieldlink::SyncTestController</name>
    <message>
        <source>Pick the contacts first (Pick contacts…).</source>
        <translation>Elija primero los contactos (Elegir contactos…).</translation>
    </message>
    <message numerus="yes">
        <source>This writes notes, tasks and tags for %n call event(s) to the real HighLevel location of "%1". Continue?</source>
        <translation>
            <numerusform>Esto escribe notas, tareas y etiquetas de %n evento de llamada en la ubicación real de HighLevel de «%1». ¿Continuar?</numerusform>
            <numerusform>Esto escribe notas, tareas y etiquetas de %n eventos de llamada en la ubicación real de HighLevel de «%1». ¿Continuar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every call event that arrives until you stop listening writes notes, tasks and tags to the real HighLevel location of "%1". Continue?</source>
        <translation>Cada evento de llamada que llegue hasta que deje de escuchar escribe notas, tareas y etiquetas en la ubicación real de HighLevel de «%1». ¿Continuar?</translation>
    </message>
    <message>
        <source>The same from a terminal (add --register URL with a public URL that reaches the port):</source>
        <translation>Lo mismo desde una terminal (añada --register URL con una URL pública que llegue al puerto):</translation>
    </message>
    <message>
        <source>The same from a terminal, cron or a systemd timer:</source>
        <translation>Lo mismo desde una terminal, cron o un temporizador de systemd:</translation>
    </message>
    <message>
        <source>Cancelled; run %1 can be resumed. %2</source>
        <translation>Cancelada; la ejecución %1 se puede reanudar. %2</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>La ejecución falló.</translation>
    </message>
    <message>
        <source>Run %1 done. %2</source>
        <translation>Ejecución %1 terminada. %2</translation>
    </message>
    <message>
        <source>This writes to the real Kixie account of "%1".

No dry run of this scope yet: nobody has seen what it will change, and its cost is unknown (each row created, updated or removed and each cadence enrolment is one Kixie call). %L2 of %L3 Kixie calls are left today.

A dry run first shows both and sends nothing. Continue without one?</source>
        <translation>Esto escribe en la cuenta real de Kixie de «%1».

Aún no hay ninguna simulación de este alcance: nadie ha visto lo que cambiará y su coste es desconocido (cada fila creada, actualizada o quitada y cada inscripción en una cadencia es una llamada a Kixie). Quedan %L2 de %L3 llamadas a Kixie hoy.

Una simulación previa muestra ambas cosas y no envía nada. ¿Continuar sin ella?</translation>
    </message>
    <message numerus="yes">
        <source>This writes to the real Kixie account of "%1".

The dry run planned %n record(s): %2.
About %L3 Kixie calls; %L4 of %L5 are left today. Continue?</source>
        <translation>
            <numerusform>Esto escribe en la cuenta real de Kixie de «%1».

La simulación planificó %n registro: %2.
Unas %L3 llamadas a Kixie; quedan %L4 de %L5 hoy. ¿Continuar?</numerusform>
            <numerusform>Esto escribe en la cuenta real de Kixie de «%1».

La simulación planificó %n registros: %2.
Unas %L3 llamadas a Kixie; quedan %L4 de %L5 hoy. ¿Continuar?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s): %1; HighLevel %L2 calls, Kixie %L3 calls.</source>
        <translation>
            <numerusform>%n registro: %1; HighLevel %L2 llamadas, Kixie %L3 llamadas.</numerusform>
            <numerusform>%n registros: %1; HighLevel %L2 llamadas, Kixie %L3 llamadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 done: %2; HighLevel %L3 calls.</source>
        <translation>Ejecución %1 terminada: %2; HighLevel %L3 llamadas.</translation>
    </message>
</context>
<context>
    <name>fieldlink::SyncTestPage</name>
    <message>
        <source>Every action</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>sandbox</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCCIÓN</translation>
    </message>
    <message>
        <source>tag, e.g. hot</source>
        <translation>etiqueta, p. ej. hot</translation>
    </message>
    <message>
        <source>name, email or phone</source>
        <translation>nombre, correo o teléfono</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planificando…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Cancelling after the writes in flight…</source>
        <translation>Cancelando tras las escrituras en curso…</translation>
    </message>
    <message>
        <source>Resuming run %1…</source>
        <translation>Reanudando la ejecución %1…</translation>
    </message>
    <message>
        <source>Sending the failed records of run %1 again…</source>
        <translation>Volviendo a enviar los registros fallidos de la ejecución %1…</translation>
    </message>
    <message>
        <source>Decision saved. A new dry run shows the plan with it; nothing was sent.</source>
        <translation>Decisión guardada. Una nueva simulación muestra el plan con ella; no se envió nada.</translation>
    </message>
    <message>
        <source>On &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>En &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>none picked yet</source>
        <translation>ninguno elegido aún</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) picked</source>
        <translation>
            <numerusform>%n contacto elegido</numerusform>
            <numerusform>%n contactos elegidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening; each call event is planned as it arrives. Cancel stops.</source>
        <translation>Escuchando; cada evento de llamada se planifica al llegar. Cancelar detiene.</translation>
    </message>
    <message>
        <source>Listening; each call event is written as it arrives. Cancel stops.</source>
        <translation>Escuchando; cada evento de llamada se escribe al llegar. Cancelar detiene.</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>%1 (PRODUCTION)</source>
        <translation>%1 (PRODUCCIÓN)</translation>
    </message>
    <message>
        <source>No connection is in use: choose one below, or on Connections (Use this connection), or try the sandbox.</source>
        <translation>No hay ninguna conexión en uso: elija una abajo o en Conexiones («Usar esta conexión»), o pruebe el sandbox.</translation>
    </message>
    <message>
        <source>Choose a connection</source>
        <translation>Elija una conexión</translation>
    </message>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>Esperando su respuesta: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::TokenScopesText</name>
    <message>
        <source>The token needs the scopes %1, and %2 to offer the location's tags in value maps. Optional: %3 lets Fieldlink read the open tasks of 50 contacts in one call; without it, one call per contact. &lt;a href="%4"&gt;Where to set them&lt;/a&gt;</source>
        <translation>El token necesita los ámbitos %1, y %2 para ofrecer las etiquetas de la ubicación en las tablas de valores. Opcional: %3 permite a Fieldlink leer las tareas abiertas de 50 contactos en una sola llamada; sin él, una llamada por contacto. &lt;a href="%4"&gt;Dónde configurarlos&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>fieldlink::TransformChainEditor</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Step options</source>
        <translation>Opciones del paso</translation>
    </message>
    <message>
        <source>Select a rule to edit its transforms.</source>
        <translation>Seleccione una regla para editar sus transformaciones.</translation>
    </message>
    <message>
        <source>Transforms of rule %1 (%2), applied top to bottom:</source>
        <translation>Transformaciones de la regla %1 (%2), aplicadas de arriba abajo:</translation>
    </message>
    <message>
        <source>no target yet</source>
        <translation>aún sin destino</translation>
    </message>
    <message>
        <source>Unknown transform "%1"</source>
        <translation>Transformación desconocida «%1»</translation>
    </message>
    <message>
        <source>none: the value is copied as it is.</source>
        <translation>ninguna: el valor se copia tal cual.</translation>
    </message>
    <message>
        <source>This step's type is not known to the editor; edit the profile file.</source>
        <translation>El editor no conoce el tipo de este paso; edite el archivo del perfil.</translation>
    </message>
    <message>
        <source>Options of "%1"</source>
        <translation>Opciones de «%1»</translation>
    </message>
    <message>
        <source>Edit value map</source>
        <translation>Editar la tabla de valores</translation>
    </message>
    <message>
        <source>No values to add: load samples first.</source>
        <translation>No hay valores que añadir: cargue muestras primero.</translation>
    </message>
    <message>
        <source>Every value seen is already in the map.</source>
        <translation>Todos los valores vistos ya están en la tabla.</translation>
    </message>
    <message>
        <source>"%1" is not a condition: %2. Write it as %3.</source>
        <translation>«%1» no es una condición: %2. Escríbala como %3.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>Set %1 of step %2</source>
        <translation>Definir %1 del paso %2</translation>
    </message>
    <message>
        <source>Add step %1</source>
        <translation>Añadir el paso %1</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Quitar el paso %1</translation>
    </message>
    <message>
        <source>Move step %1</source>
        <translation>Mover el paso %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an option of a transform step</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fieldlink::UntestedChanges</name>
    <message>
        <source>The HighLevel test failed.</source>
        <translation>La prueba de HighLevel falló.</translation>
    </message>
    <message>
        <source>The Kixie test failed.</source>
        <translation>La prueba de Kixie falló.</translation>
    </message>
    <message>
        <source>HighLevel was changed and has not been tested since.</source>
        <translation>HighLevel se cambió y no se ha probado desde entonces.</translation>
    </message>
    <message>
        <source>Kixie was changed and has not been tested since.</source>
        <translation>Kixie se cambió y no se ha probado desde entonces.</translation>
    </message>
    <message>
        <source>%1 A connection that does not work stops every run that uses it. Save anyway?</source>
        <translation>%1 Una conexión que no funciona detiene todas las ejecuciones que la usan. ¿Guardar de todos modos?</translation>
    </message>
</context>
<context>
    <name>fieldlink::UserGuideDialog</name>
    <message>
        <source>The user guide was not found. Fieldlink installs it as share/doc/fieldlink/%1; reinstalling Fieldlink puts it back.</source>
        <translation>No se encontró la guía del usuario. Fieldlink la instala como share/doc/fieldlink/%1; al reinstalar Fieldlink se recupera.</translation>
    </message>
</context>
<context>
    <name>fieldlink::ValueMapEditor</name>
    <message>
        <source>Use the default</source>
        <translation>Usar el predeterminado</translation>
    </message>
    <message>
        <source>Keep the value as it is</source>
        <translation>Conservar el valor tal cual</translation>
    </message>
    <message>
        <source>Skip the record</source>
        <translation>Omitir el registro</translation>
    </message>
    <message>
        <source>Fail the record</source>
        <translation>Dar el registro por fallido</translation>
    </message>
</context>
<context>
    <name>fieldlink::VersionHistoryDialog</name>
    <message>
        <source>Version %1 — %2</source>
        <translation>Versión %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>Puts this version in the editor; undo takes it back, Save makes it the newest</source>
        <translation>Pone esta versión en el editor; deshacer la retira y Guardar la convierte en la más reciente</translation>
    </message>
    <message>
        <source>This profile has no saved version yet: Save creates version 1.</source>
        <translation>Este perfil aún no tiene ninguna versión guardada: Guardar crea la versión 1.</translation>
    </message>
    <message>
        <source>Version %1 is the same as the editor's profile.</source>
        <translation>La versión %1 es igual al perfil del editor.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ between version %1 and the editor.</source>
        <translation>
            <numerusform>%n línea difiere entre la versión %1 y el editor.</numerusform>
            <numerusform>%n líneas difieren entre la versión %1 y el editor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldlink::WatchStatusLabel</name>
    <message>
        <source>fieldlink-cli watch keeps Kixie in sync with HighLevel in the background; this is what it last reported.</source>
        <translation>fieldlink-cli watch mantiene Kixie sincronizado con HighLevel en segundo plano; esto es lo último que informó.</translation>
    </message>
    <message>
        <source>Watch of profile %1: not running since %2.</source>
        <translation>Vigilancia del perfil %1: no está en marcha desde %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>none scheduled</source>
        <translation>ninguna programada</translation>
    </message>
    <message>
        <source>Watching profile %1 since %2, last change synced %3, next full reconcile %4.</source>
        <translation>Vigilando el perfil %1 desde %2, último cambio sincronizado %3, próxima conciliación completa %4.</translation>
    </message>
</context>
<context>
    <name>fieldlink::api::GhlConnectionCheck</name>
    <message>
        <source>Read contacts (%1)</source>
        <translation>Leer contactos (%1)</translation>
    </message>
    <message>
        <source>Write contacts, notes, tasks and tags (%1)</source>
        <translation>Escribir contactos, notas, tareas y etiquetas (%1)</translation>
    </message>
    <message>
        <source>Read custom fields (%1)</source>
        <translation>Leer campos personalizados (%1)</translation>
    </message>
    <message>
        <source>HighLevel is reachable</source>
        <translation>HighLevel está accesible</translation>
    </message>
    <message>
        <source>The token is accepted</source>
        <translation>El token es aceptado</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Ubicación %1</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>API budget</source>
        <translation>Presupuesto de la API</translation>
    </message>
    <message>
        <source>Not checked: an earlier step failed.</source>
        <translation>Sin comprobar: falló un paso anterior.</translation>
    </message>
    <message>
        <source>HighLevel is not reachable</source>
        <translation>HighLevel no está accesible</translation>
    </message>
    <message>
        <source>Location %1 is not accessible</source>
        <translation>La ubicación %1 no es accesible</translation>
    </message>
    <message>
        <source>The token is not accepted</source>
        <translation>El token no es aceptado</translation>
    </message>
    <message>
        <source>HighLevel refused</source>
        <translation>HighLevel lo rechazó</translation>
    </message>
    <message>
        <source>The token works for this location.</source>
        <translation>El token funciona para esta ubicación.</translation>
    </message>
    <message>
        <source>Granted.</source>
        <translation>Concedido.</translation>
    </message>
    <message>
        <source>Missing. In HighLevel, open Settings → Private Integrations (or your Marketplace app's Auth settings for OAuth), add the scope %1, then paste the new token here.</source>
        <translation>Falta. En HighLevel, abra Configuración → Integraciones privadas (o los ajustes de Auth de su app del Marketplace para OAuth), añada el permiso %1 y pegue aquí el nuevo token.</translation>
    </message>
    <message numerus="yes">
        <source>%n custom contact field(s) found.</source>
        <translation>
            <numerusform>Se encontró %n campo personalizado de contacto.</numerusform>
            <numerusform>Se encontraron %n campos personalizados de contacto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: the token cannot read custom fields.</source>
        <translation>Sin leer: el token no puede leer campos personalizados.</translation>
    </message>
    <message>
        <source>%1 requests per %2 seconds.</source>
        <translation>%1 peticiones cada %2 segundos.</translation>
    </message>
    <message>
        <source>%1 of %2 requests left today.</source>
        <translation>Quedan %1 de %2 peticiones hoy.</translation>
    </message>
</context>
<context>
    <name>fieldlink::api::GhlContactPager</name>
    <message>
        <source>HighLevel's contact page has no contact list.</source>
        <translation>La página de contactos de HighLevel no contiene una lista de contactos.</translation>
    </message>
    <message numerus="yes">
        <source>HighLevel returned the same page twice; Fieldlink stopped reading contacts after %n contact(s) to avoid an endless loop.</source>
        <translation>
            <numerusform>HighLevel devolvió la misma página dos veces; Fieldlink dejó de leer contactos tras %n contacto para evitar un bucle sin fin.</numerusform>
            <numerusform>HighLevel devolvió la misma página dos veces; Fieldlink dejó de leer contactos tras %n contactos para evitar un bucle sin fin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldlink::api::GhlUnconfirmedSettings</name>
    <message>
        <source>Tasks per page of the task search must be a whole number from %L1 to %L2 (not %L3).</source>
        <translation>Las tareas por página de la búsqueda de tareas deben ser un número entero de %L1 a %L2 (no %L3).</translation>
    </message>
    <message>
        <source>Contacts per task search must be a whole number from %L1 to %L2 (not %L3).</source>
        <translation>Los contactos por búsqueda de tareas deben ser un número entero de %L1 a %L2 (no %L3).</translation>
    </message>
</context>
<context>
    <name>fieldlink::api::HarExporter</name>
    <message>
        <source>Could not write the request log to %1: %2</source>
        <translation>No se pudo escribir el registro de solicitudes en %1: %2</translation>
    </message>
</context>
<context>
    <name>fieldlink::api::KixieConnectionCheck</name>
    <message>
        <source>Kixie is reachable</source>
        <translation>Kixie está accesible</translation>
    </message>
    <message>
        <source>API key and Business ID are accepted</source>
        <translation>La clave de API y el Business ID son aceptados</translation>
    </message>
    <message>
        <source>API access is enabled for the account</source>
        <translation>El acceso a la API está habilitado para la cuenta</translation>
    </message>
    <message>
        <source>Daily API budget</source>
        <translation>Presupuesto diario de la API</translation>
    </message>
    <message>
        <source>Not checked: an earlier step failed.</source>
        <translation>Sin comprobar: falló un paso anterior.</translation>
    </message>
    <message>
        <source>Kixie is not reachable</source>
        <translation>Kixie no está accesible</translation>
    </message>
    <message>
        <source>API key and Business ID</source>
        <translation>Clave de API y Business ID</translation>
    </message>
    <message>
        <source>Kixie checks them once API access is enabled.</source>
        <translation>Kixie los comprueba una vez habilitado el acceso a la API.</translation>
    </message>
    <message>
        <source>API access is not enabled for the account</source>
        <translation>El acceso a la API no está habilitado para la cuenta</translation>
    </message>
    <message>
        <source>API key or Business ID is not accepted</source>
        <translation>La clave de API o el Business ID no son aceptados</translation>
    </message>
    <message>
        <source>Kixie refused the test</source>
        <translation>Kixie rechazó la prueba</translation>
    </message>
    <message>
        <source>%1 of %2 calls left today (Kixie sends no count; Fieldlink counts its own calls, including this test). Resets at 00:00 UTC.</source>
        <translation>Quedan %1 de %2 llamadas hoy (Kixie no envía el recuento; Fieldlink cuenta sus propias llamadas, incluida esta prueba). Se reinicia a las 00:00 UTC.</translation>
    </message>
</context>
<context>
    <name>fieldlink::api::KixieWebhookRegistration</name>
    <message>
        <source>Could not register the %1 webhook: %2</source>
        <translation>No se pudo registrar el webhook %1: %2</translation>
    </message>
</context>
<context>
    <name>fieldlink::api::RequestQueue</name>
    <message>
        <source>The server address "%1" is not a valid URL.</source>
        <translation>La dirección del servidor «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>Fieldlink sends credentials only over https (plain http only to this computer); "%1" is not allowed.</source>
        <translation>Fieldlink solo envía credenciales por https (http simple solo a este equipo); «%1» no está permitido.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The HighLevel token does not have the "%1" scope, so Fieldlink did not send this request. Add the scope to the Private Integration (Settings → Private Integrations) or to your Marketplace app, then connect again with the new token.</source>
        <translation>El token de HighLevel no tiene el permiso «%1», así que Fieldlink no envió esta solicitud. Añada el permiso a la integración privada (Configuración → Integraciones privadas) o a su aplicación del Marketplace y vuelva a conectar con el nuevo token.</translation>
    </message>
    <message>
        <source>%1's daily request budget for this account is used up.</source>
        <translation>Se ha agotado el presupuesto diario de solicitudes de %1 para esta cuenta.</translation>
    </message>
    <message>
        <source>%1's daily limit of %2 calls is used up; it resets at 00:00 UTC.</source>
        <translation>Se ha agotado el límite diario de %2 llamadas de %1; se restablece a las 00:00 UTC.</translation>
    </message>
</context>
<context>
    <name>fieldlink::api::ResponseClassifier</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection and the server address.</source>
        <translation>No se pudo conectar con %1. Compruebe la conexión de red y la dirección del servidor.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established.</source>
        <translation>No se pudo establecer la conexión segura con %1.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before its answer arrived.</source>
        <translation>La conexión con %1 se perdió antes de que llegara su respuesta.</translation>
    </message>
    <message>
        <source>The Kixie API is not enabled for this account. Ask Kixie support to enable it (it needs a Professional tier agent). Kixie said: %1</source>
        <translation>La API de Kixie no está habilitada para esta cuenta. Pida al soporte de Kixie que la habilite (requiere un agente de nivel Professional). Kixie dijo: %1</translation>
    </message>
    <message>
        <source>Kixie did not accept the API key and Business ID. Check them in Kixie under Manage → Account Settings → Integrations. Kixie said: %1</source>
        <translation>Kixie no aceptó la clave de API y el Business ID. Compruébelos en Kixie en Manage → Account Settings → Integrations. Kixie dijo: %1</translation>
    </message>
    <message>
        <source>Kixie's daily API limit is used up. Kixie said: %1</source>
        <translation>Se ha agotado el límite diario de la API de Kixie. Kixie dijo: %1</translation>
    </message>
    <message>
        <source>Kixie refused the request: %1</source>
        <translation>Kixie rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>%1 said: %2</source>
        <translation>%1 dijo: %2</translation>
    </message>
    <message>
        <source>%1 is limiting the request rate.</source>
        <translation>%1 está limitando la frecuencia de solicitudes.</translation>
    </message>
    <message>
        <source>The HighLevel token is not allowed to do this (a scope is missing). Add the scope to the Private Integration or Marketplace app in HighLevel, then create a new token.</source>
        <translation>El token de HighLevel no tiene permiso para esto (falta un permiso). Añada el permiso a la integración privada o a la aplicación del Marketplace en HighLevel y cree un nuevo token.</translation>
    </message>
    <message>
        <source>HighLevel rejected the API version Fieldlink sent.</source>
        <translation>HighLevel rechazó la versión de la API que envió Fieldlink.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials. Check them in Connections, or reconnect the account.</source>
        <translation>%1 no aceptó las credenciales. Compruébelas en Conexiones o vuelva a conectar la cuenta.</translation>
    </message>
    <message>
        <source>The token has no access to this location. Check the location id in Connections.</source>
        <translation>El token no tiene acceso a esta subcuenta. Compruebe el ID de la subcuenta en Conexiones.</translation>
    </message>
    <message>
        <source>The record was not found in %1.</source>
        <translation>No se encontró el registro en %1.</translation>
    </message>
    <message>
        <source>%1 already has a matching record.</source>
        <translation>%1 ya tiene un registro coincidente.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2).</source>
        <translation>%1 tuvo un error del servidor (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation>%1 rechazó la solicitud (HTTP %2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 sent an answer Fieldlink could not read.</source>
        <translation>%1 envió una respuesta que Fieldlink no pudo leer.</translation>
    </message>
</context>
<context>
    <name>fieldlink::api::WebhookListener</name>
    <message>
        <source>A webhook delivery without the expected %1 header was refused.</source>
        <translation>Se rechazó una entrega de webhook sin la cabecera %1 esperada.</translation>
    </message>
    <message>
        <source>Could not listen for Kixie webhooks on %1 port %2; another program may be using it.</source>
        <translation>No se pudo escuchar los webhooks de Kixie en %1, puerto %2; puede que otro programa lo esté usando.</translation>
    </message>
    <message>
        <source>A webhook delivery was cut off after %1 bytes and answered 413: the limit is %2 bytes.</source>
        <translation>Se cortó una entrega de webhook tras %1 bytes y se respondió con 413: el límite es de %2 bytes.</translation>
    </message>
    <message>
        <source>A webhook delivery of %1 bytes was refused: the limit is %2 bytes.</source>
        <translation>Se rechazó una entrega de webhook de %1 bytes: el límite es de %2 bytes.</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>JSON, but not an object</source>
        <translation>JSON, pero no es un objeto</translation>
    </message>
    <message>
        <source>A webhook delivery could not be stored, so it was answered 503 and not acknowledged: %1</source>
        <translation>No se pudo guardar una entrega de webhook, así que se respondió con 503 y no se confirmó su recepción: %1</translation>
    </message>
    <message>
        <source>A webhook delivery was refused: %1.</source>
        <translation>Se rechazó una entrega de webhook: %1.</translation>
    </message>
    <message>
        <source>It is kept in the inbox as number %1 (fieldlink-cli events --inbox).</source>
        <translation>Se conserva en la bandeja de entrada con el número %1 (fieldlink-cli events --inbox).</translation>
    </message>
    <message>
        <source>It could not be kept: %1</source>
        <translation>No se pudo conservar: %1</translation>
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
    <name>fieldlink::auth::OAuthLoginFlow</name>
    <message>
        <source>Could not listen on 127.0.0.1 port %1 for HighLevel's answer; another program may be using it.</source>
        <translation>No se pudo escuchar en 127.0.0.1, puerto %1, la respuesta de HighLevel; puede que otro programa lo esté usando.</translation>
    </message>
    <message>
        <source>Fieldlink received HighLevel's answer. You can close this tab and return to Fieldlink.</source>
        <translation>Fieldlink recibió la respuesta de HighLevel. Puede cerrar esta pestaña y volver a Fieldlink.</translation>
    </message>
    <message>
        <source>Connecting HighLevel was cancelled.</source>
        <translation>Se canceló la conexión con HighLevel.</translation>
    </message>
    <message>
        <source>HighLevel's answer did not match this connection attempt (wrong state). Start connecting again.</source>
        <translation>La respuesta de HighLevel no corresponde a este intento de conexión (state incorrecto). Vuelva a empezar la conexión.</translation>
    </message>
    <message>
        <source>HighLevel did not grant access: %1</source>
        <translation>HighLevel no concedió el acceso: %1</translation>
    </message>
    <message>
        <source>no authorization code</source>
        <translation>no hay código de autorización</translation>
    </message>
    <message>
        <source>HighLevel's token answer had no access token.</source>
        <translation>La respuesta de token de HighLevel no incluía un token de acceso.</translation>
    </message>
</context>
<context>
    <name>fieldlink::auth::OAuthSession</name>
    <message>
        <source>The HighLevel connection cannot be renewed. Reconnect HighLevel in Connections.</source>
        <translation>No se puede renovar la conexión con HighLevel. Vuelva a conectar HighLevel en Conexiones.</translation>
    </message>
    <message>
        <source>HighLevel's token answer had no access token.</source>
        <translation>La respuesta de token de HighLevel no incluía un token de acceso.</translation>
    </message>
    <message>
        <source>HighLevel no longer accepts this connection's refresh token (it was used, revoked or has expired). Reconnect HighLevel in Connections.</source>
        <translation>HighLevel ya no acepta el token de actualización de esta conexión (se usó, se revocó o caducó). Vuelva a conectar HighLevel en Conexiones.</translation>
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
    <message>
        <source>fieldlink-cli: no connection: set %1 (or use --connection with a connection saved in the app).</source>
        <translation>fieldlink-cli: no hay conexión: defina %1 (o use --connection con una conexión guardada en la aplicación).</translation>
    </message>
    <message>
        <source>Captured webhook payloads: a JSON array or JSON Lines.</source>
        <translation>Webhooks capturados: un array JSON o JSON Lines.</translation>
    </message>
    <message>
        <source>Plan only: write nothing to GHL.</source>
        <translation>Solo planificar: no escribir nada en GHL.</translation>
    </message>
    <message>
        <source>The database file (default: the app's).</source>
        <translation>El archivo de base de datos (por omisión, el de la aplicación).</translation>
    </message>
    <message>
        <source>End with one JSON summary line on stdout.</source>
        <translation>Terminar con una línea de resumen JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>fieldlink-cli: --limit needs a positive number</source>
        <translation>fieldlink-cli: --limit necesita un número positivo</translation>
    </message>
    <message>
        <source>fieldlink-cli: cannot read %1: %2</source>
        <translation>fieldlink-cli: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Dry run %1 (nothing was written):</source>
        <translation>Simulación %1 (no se escribió nada):</translation>
    </message>
    <message>
        <source>Run %1:</source>
        <translation>Ejecución %1:</translation>
    </message>
    <message>
        <source>  %1 planned: %2 create, %3 update, %4 unchanged, %5 skipped, %6 conflicts, %7 remove, %8 cadence enrolments, %9 failed</source>
        <translation>  %1 planificados: %2 crear, %3 actualizar, %4 sin cambios, %5 omitidos, %6 conflictos, %7 quitar, %8 inscripciones en cadencias, %9 fallidos</translation>
    </message>
    <message>
        <source>  API calls: HighLevel %1, Kixie %2; 429 answers %3; %4 s</source>
        <translation>  Llamadas a la API: HighLevel %1, Kixie %2; respuestas 429: %3; %4 s</translation>
    </message>
    <message>
        <source>Plan only: read GHL, write nothing anywhere.</source>
        <translation>Solo planificar: leer GHL y no escribir nada en ningún sitio.</translation>
    </message>
    <message>
        <source>Only the first N contacts.</source>
        <translation>Solo los primeros N contactos.</translation>
    </message>
    <message>
        <source>Only contacts with this tag.</source>
        <translation>Solo los contactos con esta etiqueta.</translation>
    </message>
    <message>
        <source>Only contacts a GHL search for this text finds.</source>
        <translation>Solo los contactos que encuentra una búsqueda de este texto en GHL.</translation>
    </message>
    <message>
        <source>Only the contact ids in FILE, one per line.</source>
        <translation>Solo los ID de contacto de ARCHIVO, uno por línea.</translation>
    </message>
    <message>
        <source>Only contacts updated since the profile's last complete run.</source>
        <translation>Solo los contactos actualizados desde la última ejecución completa del perfil.</translation>
    </message>
    <message>
        <source>A connection saved in the app.</source>
        <translation>Una conexión guardada en la aplicación.</translation>
    </message>
    <message>
        <source>Send again only the records this run failed on, with the profile given now.</source>
        <translation>Volver a enviar solo los registros en los que falló esta ejecución, con el perfil indicado ahora.</translation>
    </message>
    <message>
        <source>fieldlink-cli: --replay-failed needs a run number</source>
        <translation>fieldlink-cli: --replay-failed necesita un número de ejecución</translation>
    </message>
    <message>
        <source>Receive webhooks on this loopback port (0: any free one).</source>
        <translation>Recibir webhooks en este puerto local (0: cualquiera libre).</translation>
    </message>
    <message>
        <source>Register the listener for endcall, disposition and scheduledactivity through Kixie's webhook API, at this public URL (e.g. a tunnel to the port).</source>
        <translation>Registrar el receptor para endcall, disposition y scheduledactivity mediante la API de webhooks de Kixie, en esta URL pública (p. ej., un túnel al puerto).</translation>
    </message>
    <message>
        <source>fieldlink-cli: give either --file or --listen</source>
        <translation>fieldlink-cli: indique --file o --listen, no ambos</translation>
    </message>
    <message>
        <source>fieldlink-cli: --listen needs a port number</source>
        <translation>fieldlink-cli: --listen necesita un número de puerto</translation>
    </message>
    <message>
        <source>Listening for Kixie webhooks on %1</source>
        <translation>Escuchando webhooks de Kixie en %1</translation>
    </message>
    <message>
        <source>fieldlink-cli: no database at %1, so no saved connection "%2" (use --db with the app's database).</source>
        <translation>fieldlink-cli: no hay ninguna base de datos en %1, así que tampoco la conexión guardada «%2» (use --db con la base de datos de la aplicación).</translation>
    </message>
    <message>
        <source>fieldlink-cli: the connection "%1" has no %2 account; add it in Fieldlink → Connections.</source>
        <translation>fieldlink-cli: la conexión «%1» no tiene cuenta de %2; añádala en Fieldlink → Conexiones.</translation>
    </message>
    <message>
        <source>fieldlink-cli: the %1 secret of connection "%2" is not in the system keychain; enter it again in Fieldlink → Connections and save.</source>
        <translation>fieldlink-cli: el secreto de %1 de la conexión «%2» no está en el llavero del sistema; introdúzcalo de nuevo en Fieldlink → Conexiones y guarde.</translation>
    </message>
    <message>
        <source>fieldlink-cli: the %1 secret of connection "%2" could not be read: %3</source>
        <translation>fieldlink-cli: no se pudo leer el secreto de %1 de la conexión «%2»: %3</translation>
    </message>
    <message>
        <source>fieldlink-cli: no connection named "%1" is saved in %2.</source>
        <translation>fieldlink-cli: no hay ninguna conexión llamada «%1» guardada en %2.</translation>
    </message>
    <message>
        <source>fieldlink-cli: the HighLevel secret of connection "%1" is empty; save it again in Fieldlink → Connections.</source>
        <translation>fieldlink-cli: el secreto de HighLevel de la conexión «%1» está vacío; guárdelo de nuevo en Fieldlink → Conexiones.</translation>
    </message>
    <message>
        <source>A profile saved in the app, a default profile's name, or a profile file.</source>
        <translation>Un perfil guardado en la aplicación, el nombre de un perfil predeterminado o un archivo de perfil.</translation>
    </message>
    <message>
        <source>The database with the app's saved profiles (default: the app's).</source>
        <translation>La base de datos con los perfiles guardados de la aplicación (por defecto, la de la aplicación).</translation>
    </message>
    <message>
        <source>That saved version of the profile (default: the newest).</source>
        <translation>Esa versión guardada del perfil (por defecto: la más reciente).</translation>
    </message>
    <message>
        <source>fieldlink-cli: --profile-version needs a version number</source>
        <translation>fieldlink-cli: --profile-version necesita un número de versión</translation>
    </message>
    <message>
        <source>fieldlink-cli: --profile-version is for a profile saved in the app, not a file</source>
        <translation>fieldlink-cli: --profile-version es para un perfil guardado en la aplicación, no para un archivo</translation>
    </message>
    <message>
        <source>fieldlink-cli: choose one of --limit, --tag, --query, --ids, --contact and --since-last</source>
        <translation>fieldlink-cli: elija una de --limit, --tag, --query, --ids, --contact y --since-last</translation>
    </message>
    <message>
        <source>Only this contact id (repeat for several).</source>
        <translation>Solo este id de contacto (repítalo para varios).</translation>
    </message>
    <message>
        <source>When another run is writing to the same accounts, wait up to this long for it to finish (default: refuse at once).</source>
        <translation>Cuando otra ejecución esté escribiendo en las mismas cuentas, esperar como máximo este tiempo a que termine (por defecto: rechazar de inmediato).</translation>
    </message>
    <message>
        <source>fieldlink-cli: --wait needs a number of seconds</source>
        <translation>fieldlink-cli: --wait necesita un número de segundos</translation>
    </message>
    <message>
        <source>Events run %1: %2 events; %3 notes, %4 added to a call's note, %5 contacts created, %6 tasks, %7 tag additions; %8 already done, %9 found in GHL after an unknown outcome, %10 planned (dry run), %11 skipped, %12 failed</source>
        <translation>Ejecución de eventos %1: %2 eventos; %3 notas, %4 añadidas a la nota de una llamada, %5 contactos creados, %6 tareas, %7 etiquetas añadidas; %8 ya hechas, %9 encontradas en GHL tras un resultado desconocido, %10 planificadas (simulación), %11 omitidas, %12 fallidas</translation>
    </message>
    <message>
        <source>With --listen: refuse (413) a delivery larger than this many KiB (default 256).</source>
        <translation>Con --listen: rechazar (413) una entrega de más de este número de KiB (por defecto, 256).</translation>
    </message>
    <message>
        <source>Show the webhook inbox: deliveries by state and the malformed ones kept for inspection.</source>
        <translation>Mostrar la bandeja de entrada de webhooks: las entregas por estado y las mal formadas, conservadas para su inspección.</translation>
    </message>
    <message>
        <source>fieldlink-cli: --max-body needs a number of KiB above 0</source>
        <translation>fieldlink-cli: --max-body necesita un número de KiB mayor que 0</translation>
    </message>
    <message>
        <source>fieldlink-cli: could not read the webhook inbox: %1</source>
        <translation>fieldlink-cli: no se pudo leer la bandeja de entrada de webhooks: %1</translation>
    </message>
    <message>
        <source>Webhook inbox: %1 pending, %2 processed, %3 malformed</source>
        <translation>Bandeja de entrada de webhooks: %1 pendientes, %2 procesadas, %3 mal formadas</translation>
    </message>
    <message>
        <source>Newest malformed deliveries (kept, never processed):</source>
        <translation>Entregas mal formadas más recientes (conservadas, nunca procesadas):</translation>
    </message>
    <message>
        <source>  #%1 %2: %3
      %4</source>
        <translation>  #%1 %2: %3
      %4</translation>
    </message>
    <message>
        <source>Usage: fieldlink-cli &lt;command&gt; [options]

Runs Fieldlink headless, from a terminal, cron or a systemd timer.

Commands:
  validate --profile NAME|FILE [--samples FILE.jsonl] [--custom-fields FILE] [--db FILE] [--json]
               Check a mapping profile; exit 1 when it has errors.
  map --profile NAME|FILE --in FILE.jsonl [--out FILE.jsonl] [--custom-fields FILE] [--db FILE]
               Map records, one JSON object per line; exit 1 when any record failed.
  sync --profile NAME|FILE [--profile-version N] [--dry-run] [--limit N | --tag T | --query Q | --ids FILE | --contact ID… | --since-last]
       [--resume [RUN] | --replay-failed RUN] [--wait SECONDS] [--connection NAME] [--db FILE] [--json]
               Sync GHL contacts to Kixie PowerLists (a dry run writes nothing).
  events --profile NAME|FILE [--profile-version N] (--file FILE | --listen PORT [--register URL]
       [--max-body KIB]) [--dry-run] [--resume [RUN]] [--wait SECONDS] [--connection NAME] [--db FILE]
       [--json]
               Kixie call events (captured webhooks) into GHL notes, tasks and tags, exactly once per
               call; running it again after a crash finishes the work. --listen stores each
               delivery in the database's webhook inbox before answering it.
  events --inbox [--db FILE] [--json]
               The webhook inbox: deliveries by state and the malformed ones kept for inspection.
  watch --profile NAME|FILE [--interval SECONDS] [--full-at HH:MM] [--listen PORT
       --events-profile NAME|FILE] [--connection NAME] [--db FILE] [--json]
               Keep syncing until stopped (SIGTERM): every interval one HighLevel call looks for
               changed contacts and only those are synced; a full reconcile daily at --full-at.
  schedule install --name N (--watch [--interval S] [--listen PORT] [--events-profile P]
       [--full-at HH:MM] | --every 15min) --profile P [--connection C] [--db FILE]
               Keep in sync as a systemd user service: watch mode, or a sync of what changed every
               5min … 30min, 1h … 12h or daily. Without a user systemd it prints the crontab line.
  schedule list [--json]
  schedule pause|resume|remove --name N
               The schedules set up here or in the app, their state; pause, resume, remove one.

The connection is the one saved in the app under NAME (secrets from the system keychain), or else
FIELDLINK_GHL_BASE_URL, FIELDLINK_GHL_TOKEN, FIELDLINK_GHL_LOCATION_ID, FIELDLINK_KIXIE_BASE_URL,
FIELDLINK_KIXIE_API_KEY and FIELDLINK_KIXIE_BUSINESS_ID. --db defaults to the app's database.
Optional, for HighLevel behaviours it does not document: FIELDLINK_GHL_TASK_SEARCH_PAGE_SIZE
(tasks per page of the task search, 1-1000, default 100), FIELDLINK_GHL_TASK_SEARCH_CONTACTS
(contacts per task search, 1-100, default 50), FIELDLINK_GHL_SEND_COMPANY_NAME (1: send the
company name when updating a contact; default 0).
A profile NAME is one saved in the app (its newest version) or a default profile; a default the
admin saved in the app is found as that saved version; --profile-version N picks an older one.
One run at a time writes to the same accounts: while another run (the app's, or another
fieldlink-cli) writes, a sync or events run refuses (exit 2, naming that run), or with --wait
SECONDS waits up to that long for it to finish. A dry run writes nothing and never waits.

Exit codes: 0 success, 1 failures, 2 usage or configuration errors, 3 interrupted.

Options:
  --help       Show this help.
  --version    Show the version.
</source>
        <translation>Uso: fieldlink-cli &lt;orden&gt; [opciones]

Ejecuta Fieldlink sin interfaz, desde una terminal, cron o un temporizador de systemd.

Órdenes:
  validate --profile NAME|FILE [--samples FILE.jsonl] [--custom-fields FILE] [--db FILE] [--json]
               Comprueba un perfil de mapeo; sale con 1 si tiene errores.
  map --profile NAME|FILE --in FILE.jsonl [--out FILE.jsonl] [--custom-fields FILE] [--db FILE]
               Mapea registros, un objeto JSON por línea; sale con 1 si algún registro falló.
  sync --profile NAME|FILE [--profile-version N] [--dry-run] [--limit N | --tag T | --query Q | --ids FILE | --contact ID… | --since-last]
       [--resume [RUN] | --replay-failed RUN] [--wait SECONDS] [--connection NAME] [--db FILE] [--json]
               Sincroniza contactos de GHL con PowerLists de Kixie (una simulación no escribe nada).
  events --profile NAME|FILE [--profile-version N] (--file FILE | --listen PORT [--register URL]
       [--max-body KIB]) [--dry-run] [--resume [RUN]] [--wait SECONDS] [--connection NAME] [--db FILE]
       [--json]
               Eventos de llamada de Kixie (webhooks capturados) a notas, tareas y etiquetas de GHL,
               exactamente una vez por llamada; volver a ejecutarlo tras un fallo termina el trabajo.
               --listen guarda cada entrega en la bandeja de entrada de webhooks de la base de datos
               antes de responderla.
  events --inbox [--db FILE] [--json]
               La bandeja de entrada de webhooks: las entregas por estado y las mal formadas,
               conservadas para su inspección.
  watch --profile NAME|FILE [--interval SECONDS] [--full-at HH:MM] [--listen PORT
       --events-profile NAME|FILE] [--connection NAME] [--db FILE] [--json]
               Sigue sincronizando hasta que se detiene (SIGTERM): en cada intervalo, una llamada a
               HighLevel busca contactos cambiados y solo se sincronizan esos; una conciliación
               completa diaria a la hora de --full-at.
  schedule install --name N (--watch [--interval S] [--listen PORT] [--events-profile P]
       [--full-at HH:MM] | --every 15min) --profile P [--connection C] [--db FILE]
               Mantiene la sincronización como servicio de usuario de systemd: modo watch, o una
               sincronización de lo que cambió cada 5min … 30min, 1h … 12h o a diario. Sin systemd
               de usuario, imprime la línea de crontab.
  schedule list [--json]
  schedule pause|resume|remove --name N
               Las programaciones configuradas aquí o en la aplicación, con su estado; pausar,
               reanudar o eliminar una.

La conexión es la guardada en la aplicación con el nombre NAME (secretos del llavero del sistema),
o bien FIELDLINK_GHL_BASE_URL, FIELDLINK_GHL_TOKEN, FIELDLINK_GHL_LOCATION_ID,
FIELDLINK_KIXIE_BASE_URL, FIELDLINK_KIXIE_API_KEY y FIELDLINK_KIXIE_BUSINESS_ID. --db usa por
defecto la base de datos de la aplicación.
Opcional, para comportamientos de HighLevel que este no documenta:
FIELDLINK_GHL_TASK_SEARCH_PAGE_SIZE (tareas por página de la búsqueda de tareas, 1-1000, por
defecto 100), FIELDLINK_GHL_TASK_SEARCH_CONTACTS (contactos por búsqueda de tareas, 1-100, por
defecto 50), FIELDLINK_GHL_SEND_COMPANY_NAME (1: enviar el nombre de la empresa al actualizar un
contacto; por defecto 0).
Un NAME de perfil es uno guardado en la aplicación (su versión más reciente) o un perfil
predeterminado; un perfil predeterminado que el administrador guardó en la aplicación se encuentra
como esa versión guardada; --profile-version N elige una anterior.
Solo una ejecución a la vez escribe en las mismas cuentas: mientras otra ejecución (la de la
aplicación u otro fieldlink-cli) escribe, una ejecución de sync o events se niega (sale con 2,
indicando esa ejecución), o con --wait SECONDS espera como máximo ese tiempo a que termine. Una
simulación no escribe nada y nunca espera.

Códigos de salida: 0 éxito, 1 fallos, 2 errores de uso o de configuración, 3 interrumpido.

Opciones:
  --help       Muestra esta ayuda.
  --version    Muestra la versión.
</translation>
    </message>
    <message>
        <source>fieldlink-cli: %1="%2" cannot be used: %3</source>
        <translation>fieldlink-cli: no se puede usar %1="%2": %3</translation>
    </message>
    <message>
        <source>it is not a whole number.</source>
        <translation>no es un número entero.</translation>
    </message>
    <message>
        <source>fieldlink-cli: FIELDLINK_GHL_SEND_COMPANY_NAME="%1" cannot be used: set it to 1 (send the company name when updating a contact) or 0 (do not).</source>
        <translation>fieldlink-cli: no se puede usar FIELDLINK_GHL_SEND_COMPANY_NAME="%1": establézcalo en 1 (enviar el nombre de la empresa al actualizar un contacto) o en 0 (no enviarlo).</translation>
    </message>
    <message>
        <source>Contacts: %1 updates sent, %2 do-not-disturb channels turned on, %3 values kept because a newer call had written them</source>
        <translation>Contactos: %1 actualizaciones enviadas, %2 canales de No molestar activados, %3 valores conservados porque una llamada más reciente los había escrito</translation>
    </message>
    <message numerus="yes">
        <source>watch, checks every %n second(s)</source>
        <translation>
            <numerusform>vigilancia, comprueba cada %n segundo</numerusform>
            <numerusform>vigilancia, comprueba cada %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>sync %1</source>
        <translation>sincronizar %1</translation>
    </message>
    <message>
        <source>fieldlink-cli: --%1 needs a whole number</source>
        <translation>fieldlink-cli: --%1 necesita un número entero</translation>
    </message>
    <message>
        <source>fieldlink-cli: give either --watch or --every</source>
        <translation>fieldlink-cli: indique --watch o --every</translation>
    </message>
    <message>
        <source>Schedule "%1" installed and started: %2.</source>
        <translation>Programación «%1» instalada e iniciada: %2.</translation>
    </message>
    <message>
        <source>No schedules (fieldlink-cli schedule install sets one up).</source>
        <translation>No hay programaciones (fieldlink-cli schedule install configura una).</translation>
    </message>
    <message>
        <source>%1: %2 of "%3" on "%4" — %5</source>
        <translation>%1: %2 de «%3» en «%4» — %5</translation>
    </message>
    <message>
        <source>fieldlink-cli: --name is required</source>
        <translation>fieldlink-cli: se necesita --name</translation>
    </message>
    <message>
        <source>Schedule "%1" paused.</source>
        <translation>Programación «%1» en pausa.</translation>
    </message>
    <message>
        <source>Schedule "%1" resumed.</source>
        <translation>Programación «%1» reanudada.</translation>
    </message>
    <message>
        <source>Schedule "%1" removed.</source>
        <translation>Programación «%1» eliminada.</translation>
    </message>
    <message>
        <source>fieldlink-cli: schedule takes install, list, pause, resume or remove</source>
        <translation>fieldlink-cli: schedule admite install, list, pause, resume o remove</translation>
    </message>
    <message>
        <source>The schedule's name (letters, digits, - and _).</source>
        <translation>El nombre de la programación (letras, dígitos, - y _).</translation>
    </message>
    <message>
        <source>Watch mode: one long-running process syncing what changes.</source>
        <translation>Modo de vigilancia: un único proceso de larga duración que sincroniza lo que cambia.</translation>
    </message>
    <message>
        <source>Watch mode: look for changes this often (default 60).</source>
        <translation>Modo de vigilancia: buscar cambios con esta frecuencia (predeterminado: 60).</translation>
    </message>
    <message>
        <source>Watch mode: also receive Kixie call events on this port.</source>
        <translation>Modo de vigilancia: recibir también eventos de llamada de Kixie en este puerto.</translation>
    </message>
    <message>
        <source>Watch mode with --listen: the call events' profile.</source>
        <translation>Modo de vigilancia con --listen: el perfil de los eventos de llamada.</translation>
    </message>
    <message>
        <source>Watch mode: a full reconcile every day at this time.</source>
        <translation>Modo de vigilancia: una conciliación completa cada día a esta hora.</translation>
    </message>
    <message>
        <source>A periodic sync of what changed: 5min … 30min, 1h … 12h, daily.</source>
        <translation>Una sincronización periódica de lo que cambió: 5min … 30min, 1h … 12h, daily.</translation>
    </message>
    <message>
        <source>The profile to sync with.</source>
        <translation>El perfil con el que sincronizar.</translation>
    </message>
    <message>
        <source>list: one JSON array on stdout.</source>
        <translation>list: una matriz JSON en la salida estándar.</translation>
    </message>
    <message>
        <source>Seconds between two looks for changed contacts (default 60, at least 5).</source>
        <translation>Segundos entre dos búsquedas de contactos modificados (predeterminado: 60, mínimo: 5).</translation>
    </message>
    <message>
        <source>Run a full reconcile of every contact daily at this local time.</source>
        <translation>Ejecutar cada día una conciliación completa de todos los contactos a esta hora local.</translation>
    </message>
    <message>
        <source>Also receive Kixie call events on this loopback port (needs --events-profile).</source>
        <translation>Recibir también eventos de llamada de Kixie en este puerto local (necesita --events-profile).</translation>
    </message>
    <message>
        <source>The Kixie → HighLevel profile for the call events.</source>
        <translation>El perfil de Kixie → HighLevel para los eventos de llamada.</translation>
    </message>
    <message>
        <source>One JSON line per poll on stdout.</source>
        <translation>Una línea JSON por consulta en la salida estándar.</translation>
    </message>
    <message>
        <source>fieldlink-cli: --interval needs a number of seconds, at least %1</source>
        <translation>fieldlink-cli: --interval necesita un número de segundos, como mínimo %1</translation>
    </message>
    <message>
        <source>fieldlink-cli: --full-at needs a time of day as HH:MM, e.g. 03:30</source>
        <translation>fieldlink-cli: --full-at necesita una hora del día en formato HH:MM, p. ej. 03:30</translation>
    </message>
    <message>
        <source>fieldlink-cli: --listen and --events-profile go together</source>
        <translation>fieldlink-cli: --listen y --events-profile van juntos</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>fieldlink-cli: Could not record the watch in the database: %1</source>
        <translation>fieldlink-cli: no se pudo registrar la vigilancia en la base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Watching profile %1 every %n second(s); next full reconcile %2.</source>
        <translation>
            <numerusform>Vigilando el perfil %1 cada %n segundo; próxima conciliación completa: %2.</numerusform>
            <numerusform>Vigilando el perfil %1 cada %n segundos; próxima conciliación completa: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching profile %1 every %n second(s).</source>
        <translation>
            <numerusform>Vigilando el perfil %1 cada %n segundo.</numerusform>
            <numerusform>Vigilando el perfil %1 cada %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing run %1, which the last watch left interrupted.</source>
        <translation>Terminando la ejecución %1, que la última vigilancia dejó interrumpida.</translation>
    </message>
    <message>
        <source>HighLevel refused the look for changes: %1</source>
        <translation>HighLevel rechazó la búsqueda de cambios: %1</translation>
    </message>
    <message>
        <source>Full reconcile: reading every contact.</source>
        <translation>Conciliación completa: leyendo todos los contactos.</translation>
    </message>
    <message>
        <source>Run %1 stopped; the next watch or sync --resume finishes it.</source>
        <translation>La ejecución %1 se detuvo; la próxima vigilancia o sync --resume la termina.</translation>
    </message>
    <message>
        <source>Run %1: %2 created, %3 updated, %4 unchanged, %5 failed.</source>
        <translation>Ejecución %1: %2 creados, %3 actualizados, %4 sin cambios, %5 fallidos.</translation>
    </message>
    <message>
        <source>HighLevel unreachable since %1; retrying… (%2)</source>
        <translation>HighLevel inaccesible desde %1; reintentando… (%2)</translation>
    </message>
    <message>
        <source>HighLevel back after %1.</source>
        <translation>HighLevel vuelve a responder tras %1.</translation>
    </message>
    <message>
        <source>Kixie refused every write since %1; retrying…</source>
        <translation>Kixie rechazó todas las escrituras desde %1; reintentando…</translation>
    </message>
    <message>
        <source>Kixie back after %1.</source>
        <translation>Kixie vuelve a responder tras %1.</translation>
    </message>
    <message>
        <source>Call events stopped: %1 Starting again in %2.</source>
        <translation>Los eventos de llamada se detuvieron: %1 Se reinician en %2.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
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
    <name>fieldlink::mapping::Condition</name>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>no contiene</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>es uno de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>no es ninguno de</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>es mayor que</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>es al menos</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>es menor que</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>es como máximo</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>no está vacío</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>coincide con el patrón</translation>
    </message>
</context>
<context>
    <name>fieldlink::mapping::DefaultProfileTexts</name>
    <message>
        <source>Each contact with a valid phone becomes a PowerList row keyed by its E.164 number. Hot leads and call-backs get their own lists; customers go to Customers; the rest to New Leads. A contact without a valid phone is skipped, never sent.</source>
        <translation>Cada contacto con un teléfono válido pasa a ser una fila de PowerList identificada por su número E.164. Los leads calientes y los pendientes de devolver la llamada tienen sus propias listas; los clientes van a Customers; el resto, a New Leads. Un contacto sin teléfono válido se omite y nunca se envía.</translation>
    </message>
    <message>
        <source>Every finished call (endcall, then its disposition) becomes a note on the GHL contact (found by the CRM contact id Kixie sends back, else by phone) with outcome, duration, agent and recording. A call's disposition adds to the note its endcall made. A call from a number no GHL contact has is skipped (set unknownCallers to create to add the caller to GHL). Call-back dispositions add a follow-up task due the next day; dispositions also become tags. Each disposition also writes the call into the contact's last-call custom fields (outcome, date, agent, duration, recording, number of calls), the newest call winning, and a do-not-call disposition turns on do-not-disturb for calls and texts.</source>
        <translation>Cada llamada terminada (endcall y luego su resultado) se convierte en una nota en el contacto de GHL (encontrado por el id de contacto del CRM que Kixie devuelve o, si no, por el teléfono) con el resultado, la duración, el agente y la grabación. El resultado de una llamada se añade a la nota que creó su endcall. Se omite una llamada desde un número que no tiene ningún contacto de GHL (establezca unknownCallers en create para añadir a quien llama a GHL). Los resultados de volver a llamar añaden una tarea de seguimiento con vencimiento al día siguiente; los resultados también se convierten en etiquetas. Cada resultado también escribe la llamada en los campos personalizados de última llamada del contacto (resultado, fecha, agente, duración, grabación, número de llamadas), donde gana la llamada más reciente, y un resultado de no llamar activa No molestar para llamadas y mensajes de texto.</translation>
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
    <message>
        <source>Caller first name (for a contact created for an unknown caller)</source>
        <translation>Nombre de quien llama (para el contacto que se crea si quien llama es desconocido)</translation>
    </message>
    <message>
        <source>Caller last name (for a contact created for an unknown caller)</source>
        <translation>Apellidos de quien llama (para el contacto que se crea si quien llama es desconocido)</translation>
    </message>
    <message>
        <source>Caller first name (PowerList row)</source>
        <translation>Nombre de quien llama (fila de la PowerList)</translation>
    </message>
    <message>
        <source>Caller last name (PowerList row)</source>
        <translation>Apellidos de quien llama (fila de la PowerList)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Sí o no</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>List of records</source>
        <translation>Lista de registros</translation>
    </message>
    <message>
        <source>Contact first name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Contact last name</source>
        <translation>Apellidos del contacto</translation>
    </message>
    <message>
        <source>Contact full name</source>
        <translation>Nombre completo del contacto</translation>
    </message>
    <message>
        <source>Contact source</source>
        <translation>Origen del contacto</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <source>Contact custom field (by key)</source>
        <translation>Campo personalizado del contacto (por clave)</translation>
    </message>
    <message>
        <source>Contact update</source>
        <translation>Actualización del contacto</translation>
    </message>
    <message>
        <source>Contact field: %1 (%2)</source>
        <translation>Campo del contacto: %1 (%2)</translation>
    </message>
    <message>
        <source>Contact custom fields</source>
        <translation>Campos personalizados del contacto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>fieldlink::mapping::FieldLabels</name>
    <message>
        <source>PowerList</source>
        <translation>PowerList</translation>
    </message>
    <message>
        <source>If the row exists</source>
        <translation>Si la fila existe</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadencia</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>%1 (extra column)</source>
        <translation>%1 (columna adicional)</translation>
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
    <message>
        <source>No valid phone number, so this contact cannot be a PowerList row.</source>
        <translation>No hay un número de teléfono válido, así que este contacto no puede ser una fila de PowerList.</translation>
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
    <message>
        <source>"unknownCallers" applies to kixie_to_ghl profiles only: a call from a number no GHL contact has.</source>
        <translation>"unknownCallers" solo se aplica a perfiles kixie_to_ghl: una llamada desde un número que no tiene ningún contacto de GHL.</translation>
    </message>
    <message>
        <source>"unknownCallers" must be an object such as {"action": "create", "tag": "kixie-unknown-caller"}.</source>
        <translation>"unknownCallers" debe ser un objeto como {"action": "create", "tag": "kixie-unknown-caller"}.</translation>
    </message>
    <message>
        <source>"unknownCallers" needs an "action": skip (the call is skipped) or create (the caller becomes a GHL contact).</source>
        <translation>"unknownCallers" necesita un "action": skip (se omite la llamada) o create (quien llama pasa a ser un contacto de GHL).</translation>
    </message>
    <message>
        <source>"dndMessage" applies to kixie_to_ghl profiles only.</source>
        <translation>"dndMessage" solo se aplica a perfiles kixie_to_ghl.</translation>
    </message>
    <message>
        <source>"%1" must be a non-empty list.</source>
        <translation>"%1" debe ser una lista no vacía.</translation>
    </message>
    <message>
        <source>Each entry of "%1" must be a non-empty text.</source>
        <translation>Cada entrada de "%1" debe ser un texto no vacío.</translation>
    </message>
    <message>
        <source>"%1" is listed twice.</source>
        <translation>"%1" aparece dos veces.</translation>
    </message>
    <message>
        <source>"doNotDisturb" applies to kixie_to_ghl profiles only: a call disposition that sets do-not-disturb on the GHL contact.</source>
        <translation>"doNotDisturb" solo se aplica a perfiles kixie_to_ghl: un resultado de llamada que activa No molestar en el contacto de GHL.</translation>
    </message>
    <message>
        <source>"doNotDisturb" must be a list such as [{"dispositions": ["Do Not Call"], "channels": ["Call", "SMS"]}].</source>
        <translation>"doNotDisturb" debe ser una lista como [{"dispositions": ["Do Not Call"], "channels": ["Call", "SMS"]}].</translation>
    </message>
    <message>
        <source>Each do-not-disturb mapping must be an object with "dispositions" and "channels".</source>
        <translation>Cada asignación de No molestar debe ser un objeto con "dispositions" y "channels".</translation>
    </message>
    <message>
        <source>Unknown do-not-disturb channel "%1"; use %2.</source>
        <translation>Canal de No molestar desconocido "%1"; use %2.</translation>
    </message>
    <message>
        <source>A route needs a non-empty "actions" list (note, task, tags, contact).</source>
        <translation>Una ruta necesita una lista "actions" no vacía (note, task, tags, contact).</translation>
    </message>
    <message>
        <source>Unknown action "%1"; use note, task, tags or contact.</source>
        <translation>Acción desconocida "%1"; use note, task, tags o contact.</translation>
    </message>
    <message>
        <source>A counter ("aggregate": "callCount") makes its own value: remove "source", "sources" and "transforms".</source>
        <translation>Un contador ("aggregate": "callCount") genera su propio valor: quite "source", "sources" y "transforms".</translation>
    </message>
    <message>
        <source>A counter writes into the GHL contact: its target must start with "update.", e.g. "update.customFields.contact.kixie_call_count".</source>
        <translation>Un contador escribe en el contacto de GHL: su destino debe empezar por "update.", p. ej. "update.customFields.contact.kixie_call_count".</translation>
    </message>
    <message>
        <source>"update.*" targets belong to kixie_to_ghl profiles: they write a call's outcome into the GHL contact.</source>
        <translation>Los destinos "update.*" pertenecen a perfiles kixie_to_ghl: escriben el resultado de una llamada en el contacto de GHL.</translation>
    </message>
    <message>
        <source>Name the custom field by its key, e.g. "update.customFields.contact.last_call_outcome".</source>
        <translation>Indique el campo personalizado por su clave, p. ej. "update.customFields.contact.last_call_outcome".</translation>
    </message>
</context>
<context>
    <name>fieldlink::mapping::ProfileLoader</name>
    <message>
        <source>the newest saved version of "%1"</source>
        <translation>la versión guardada más reciente de «%1»</translation>
    </message>
    <message>
        <source>Cannot read profile "%1": %2. Give a file, a profile saved in the app, or a default profile: %3.</source>
        <translation>No se puede leer el perfil «%1»: %2. Indique un archivo, un perfil guardado en la aplicación o un perfil predeterminado: %3.</translation>
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
    <message>
        <source>The rule for "%1" reads no source field and makes no value, so it is always empty; give it a source or a constant.</source>
        <translation>La regla de «%1» no lee ningún campo de origen ni produce ningún valor, así que siempre queda vacía; dele un origen o una constante.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) write into the GHL contact ("update." targets) but no route has the "contact" action, so they are never sent.</source>
        <translation>
            <numerusform>%n regla escribe en el contacto de GHL (destinos "update.") pero ninguna ruta tiene la acción "contact", así que nunca se envía.</numerusform>
            <numerusform>%n reglas escriben en el contacto de GHL (destinos "update.") pero ninguna ruta tiene la acción "contact", así que nunca se envían.</numerusform>
        </translation>
    </message>
    <message>
        <source>A route has the "contact" action but no rule has an "update." target, so it changes nothing on the contact.</source>
        <translation>Una ruta tiene la acción "contact" pero ninguna regla tiene un destino "update.", así que no cambia nada en el contacto.</translation>
    </message>
    <message>
        <source>"%1" is not a field GHL's contact update takes; nothing was sent. Use one of the contact fields the editor offers, or "update.customFields.&lt;key&gt;" for a custom field.</source>
        <translation>"%1" no es un campo que acepte la actualización de contactos de GHL; no se envió nada. Use uno de los campos de contacto que ofrece el editor, o "update.customFields.&lt;key&gt;" para un campo personalizado.</translation>
    </message>
    <message>
        <source>The profile writes the contact custom field "%1", which this GHL location does not have. Create the field in GHL (Settings, Custom Fields) or correct the key; nothing was sent.</source>
        <translation>El perfil escribe el campo personalizado de contacto "%1", que esta ubicación de GHL no tiene. Cree el campo en GHL (Configuración, Campos personalizados) o corrija la clave; no se envió nada.</translation>
    </message>
</context>
<context>
    <name>fieldlink::mapping::RecordReader</name>
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
</context>
<context>
    <name>fieldlink::mapping::RouteChecks</name>
    <message>
        <source>route %L1</source>
        <translation>ruta %L1</translation>
    </message>
    <message>
        <source>Route "%1" sends contacts to PowerList %2, which is not among this Kixie account's PowerLists. Check the ID, or add the list under "Edit lists…".</source>
        <translation>La ruta «%1» envía contactos a la PowerList %2, que no está entre las PowerLists de esta cuenta de Kixie. Compruebe el ID o añada la lista en «Editar listas…».</translation>
    </message>
    <message>
        <source>Route "%1" enrols contacts in cadence %2, which is not among this Kixie account's cadences. Check the ID, or add the cadence under "Edit lists…".</source>
        <translation>La ruta «%1» inscribe contactos en la cadencia %2, que no está entre las cadencias de esta cuenta de Kixie. Compruebe el ID o añada la cadencia en «Editar listas…».</translation>
    </message>
    <message>
        <source>Route "%1" can never match: every contact it would take matches route "%2" above it first. Move it above "%2" or narrow "%2".</source>
        <translation>La ruta «%1» nunca puede coincidir: todo contacto que tomaría coincide antes con la ruta «%2», que está por encima. Muévala por encima de «%2» o restrinja «%2».</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
</context>
<context>
    <name>fieldlink::mapping::TransformCatalog</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Passes the value on unchanged.</source>
        <translation>Pasa el valor sin cambios.</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <source>Removes white space at both ends.</source>
        <translation>Quita los espacios en blanco de ambos extremos.</translation>
    </message>
    <message>
        <source>Also collapse inner runs of spaces</source>
        <translation>Reducir también los espacios repetidos interiores</translation>
    </message>
    <message>
        <source>Change case</source>
        <translation>Cambiar mayúsculas</translation>
    </message>
    <message>
        <source>Lower, upper or title case, in any script.</source>
        <translation>Minúsculas, mayúsculas o tipo título, en cualquier escritura.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <source>Phone to E.164</source>
        <translation>Teléfono a E.164</translation>
    </message>
    <message>
        <source>Normalises a phone number with libphonenumber (+15551234567).</source>
        <translation>Normaliza un número de teléfono con libphonenumber (+15551234567).</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Región predeterminada</translation>
    </message>
    <message>
        <source>Region from field</source>
        <translation>Región desde el campo</translation>
    </message>
    <message>
        <source>When invalid</source>
        <translation>Si no es válido</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Trims and lower-cases an address.</source>
        <translation>Recorta una dirección y la pasa a minúsculas.</translation>
    </message>
    <message>
        <source>Value map</source>
        <translation>Tabla de valores</translation>
    </message>
    <message>
        <source>Looks the value up in a table.</source>
        <translation>Busca el valor en una tabla.</translation>
    </message>
    <message>
        <source>Default if empty</source>
        <translation>Predeterminado si está vacío</translation>
    </message>
    <message>
        <source>A value for when the input is empty.</source>
        <translation>Un valor para cuando la entrada está vacía.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Always the same value.</source>
        <translation>Siempre el mismo valor.</translation>
    </message>
    <message>
        <source>Join sources</source>
        <translation>Unir orígenes</translation>
    </message>
    <message>
        <source>Joins the non-empty values of several sources.</source>
        <translation>Une los valores no vacíos de varios orígenes.</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Text with {field} placeholders; {value} is the input.</source>
        <translation>Texto con marcadores {campo}; {value} es la entrada.</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <source>One part of the text, or all parts as a list.</source>
        <translation>Una parte del texto, o todas las partes como lista.</translation>
    </message>
    <message>
        <source>Part (0 = first, -1 = last)</source>
        <translation>Parte (0 = primera, -1 = última)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Reads and writes dates in a time zone.</source>
        <translation>Lee y escribe fechas en una zona horaria.</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <source>Input pattern</source>
        <translation>Patrón de entrada</translation>
    </message>
    <message>
        <source>Write as</source>
        <translation>Escribir como</translation>
    </message>
    <message>
        <source>Output pattern</source>
        <translation>Patrón de salida</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Add days</source>
        <translation>Sumar días</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tag lists to text and back, or whether one tag is there.</source>
        <translation>Listas de etiquetas a texto y al revés, o si una etiqueta está presente.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Tag (for contains)</source>
        <translation>Etiqueta (para «contiene»)</translation>
    </message>
    <message>
        <source>Join list</source>
        <translation>Unir lista</translation>
    </message>
    <message>
        <source>A list to text.</source>
        <translation>Una lista a texto.</translation>
    </message>
    <message>
        <source>Pick from list</source>
        <translation>Elegir de una lista</translation>
    </message>
    <message>
        <source>The first or latest notes, tasks or appointments.</source>
        <translation>Las primeras o últimas notas, tareas o citas.</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Cuáles</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántas</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Only where</source>
        <translation>Solo donde</translation>
    </message>
    <message>
        <source>Truncate</source>
        <translation>Acortar</translation>
    </message>
    <message>
        <source>Shortens text, never splitting a character.</source>
        <translation>Acorta el texto sin partir nunca un carácter.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Ellipsis</source>
        <translation>Puntos suspensivos</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Condicional</translation>
    </message>
    <message>
        <source>One value when the record matches, another when not.</source>
        <translation>Un valor cuando el registro coincide y otro cuando no.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuando</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Entonces</translation>
    </message>
    <message>
        <source>Else</source>
        <translation>Si no</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>minúsculas</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>MAYÚSCULAS</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>Tipo Título</translation>
    </message>
    <message>
        <source>Skip the record</source>
        <translation>Omitir el registro</translation>
    </message>
    <message>
        <source>Leave the field empty</source>
        <translation>Dejar el campo vacío</translation>
    </message>
    <message>
        <source>Keep the value as it is</source>
        <translation>Conservar el valor tal cual</translation>
    </message>
    <message>
        <source>Recognise the format</source>
        <translation>Reconocer el formato</translation>
    </message>
    <message>
        <source>ISO 8601 (2024-05-31T14:30:00Z)</source>
        <translation>ISO 8601 (2024-05-31T14:30:00Z)</translation>
    </message>
    <message>
        <source>Milliseconds since 1970</source>
        <translation>Milisegundos desde 1970</translation>
    </message>
    <message>
        <source>Seconds since 1970</source>
        <translation>Segundos desde 1970</translation>
    </message>
    <message>
        <source>A pattern of my own</source>
        <translation>Un patrón propio</translation>
    </message>
    <message>
        <source>Date only (2024-05-31)</source>
        <translation>Solo la fecha (2024-05-31)</translation>
    </message>
    <message>
        <source>Time only (14:30)</source>
        <translation>Solo la hora (14:30)</translation>
    </message>
    <message>
        <source>Tag list to text</source>
        <translation>Lista de etiquetas a texto</translation>
    </message>
    <message>
        <source>Text to tag list</source>
        <translation>Texto a lista de etiquetas</translation>
    </message>
    <message>
        <source>Whether one tag is there</source>
        <translation>Si una etiqueta está presente</translation>
    </message>
    <message>
        <source>The latest</source>
        <translation>Las últimas</translation>
    </message>
    <message>
        <source>The first</source>
        <translation>Las primeras</translation>
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
    <message>
        <source>"%1" is not a valid phone number for region %2, so this contact cannot be a PowerList row.</source>
        <translation>"%1" no es un número de teléfono válido para la región %2, así que este contacto no puede ser una fila de PowerList.</translation>
    </message>
</context>
<context>
    <name>fieldlink::schedule</name>
    <message>
        <source>A schedule's name takes letters, digits, '-' and '_' only (at most 64), not "%1".</source>
        <translation>El nombre de una programación solo admite letras, dígitos, '-' y '_' (64 como máximo), no «%1».</translation>
    </message>
    <message>
        <source>Choose the profile the schedule runs.</source>
        <translation>Elija el perfil que ejecuta la programación.</translation>
    </message>
    <message>
        <source>"%1" has a line break, which a schedule cannot hold.</source>
        <translation>«%1» contiene un salto de línea, que una programación no admite.</translation>
    </message>
    <message>
        <source>fieldlink-cli was not found (looked for "%1"); install Fieldlink with its command-line program first.</source>
        <translation>No se encontró fieldlink-cli (se buscó «%1»); instale primero Fieldlink con su programa de línea de órdenes.</translation>
    </message>
    <message>
        <source>A periodic sync runs every 5, 10, 15, 20 or 30 minutes, every 1, 2, 3, 4, 6 or 12 hours, or daily.</source>
        <translation>Una sincronización periódica se ejecuta cada 5, 10, 15, 20 o 30 minutos, cada 1, 2, 3, 4, 6 o 12 horas, o a diario.</translation>
    </message>
    <message>
        <source>Watch mode checks for changes every 5 seconds to every 24 hours.</source>
        <translation>El modo de vigilancia busca cambios con una frecuencia de entre 5 segundos y 24 horas.</translation>
    </message>
    <message>
        <source>The full reconcile time is HH:MM, such as 02:30, not "%1".</source>
        <translation>La hora de la conciliación completa tiene el formato HH:MM, como 02:30, no «%1».</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Un puerto es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>--every takes 5min, 10min, 15min, 20min, 30min, 1h, 2h, 3h, 4h, 6h, 12h or daily, not "%1".</source>
        <translation>--every admite 5min, 10min, 15min, 20min, 30min, 1h, 2h, 3h, 4h, 6h, 12h o daily, no «%1».</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>cada hora</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>cada %n hora</numerusform>
            <numerusform>cada %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>cada %n minuto</numerusform>
            <numerusform>cada %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 no respondió en %n segundo.</numerusform>
            <numerusform>%1 no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your user's systemd is not running here (as on many servers and containers), so Fieldlink cannot set up the schedule itself. Add the line below to your crontab instead (crontab -e).</source>
        <translation>El systemd de su usuario no se está ejecutando aquí (como ocurre en muchos servidores y contenedores), así que Fieldlink no puede configurar la programación por sí mismo. En su lugar, añada la línea siguiente a su crontab (crontab -e).</translation>
    </message>
    <message>
        <source>systemctl could not be started; is systemd installed?</source>
        <translation>No se pudo iniciar systemctl; ¿está instalado systemd?</translation>
    </message>
    <message>
        <source>systemctl --user %1 failed: %2</source>
        <translation>systemctl --user %1 falló: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Waiting for next run at %1</source>
        <translation>Esperando la próxima ejecución a las %1</translation>
    </message>
    <message>
        <source>Waiting for next run</source>
        <translation>Esperando la próxima ejecución</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Restarting after a failure</source>
        <translation>Reiniciando tras un fallo</translation>
    </message>
    <message>
        <source>Unknown (systemd is not running)</source>
        <translation>Desconocido (systemd no se está ejecutando)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>systemd cannot start a program whose path has quotes or backslashes in it (%1); install fieldlink-cli in another folder.</source>
        <translation>systemd no puede iniciar un programa cuya ruta contiene comillas o barras invertidas (%1); instale fieldlink-cli en otra carpeta.</translation>
    </message>
    <message>
        <source>%1 exists and was not written by Fieldlink; choose another name.</source>
        <translation>%1 existe y no lo escribió Fieldlink; elija otro nombre.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>There is no schedule named "%1".</source>
        <translation>No hay ninguna programación llamada «%1».</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>This unit was not written by Fieldlink.</source>
        <translation>Esta unidad no la escribió Fieldlink.</translation>
    </message>
    <message>
        <source>This unit has no Fieldlink schedule name.</source>
        <translation>Esta unidad no tiene nombre de programación de Fieldlink.</translation>
    </message>
</context>
<context>
    <name>fieldlink::store::Database</name>
    <message>
        <source>Could not open the Fieldlink database %1: %2</source>
        <translation>No se pudo abrir la base de datos de Fieldlink %1: %2</translation>
    </message>
    <message>
        <source>The Fieldlink database %1 cannot use write-ahead logging (SQLite answered "%2"); keep it on a local disk.</source>
        <translation>La base de datos de Fieldlink %1 no puede usar el registro de escritura anticipada (SQLite respondió «%2»); guárdela en un disco local.</translation>
    </message>
    <message>
        <source>Could not prepare the Fieldlink database %1: %2</source>
        <translation>No se pudo preparar la base de datos de Fieldlink %1: %2</translation>
    </message>
    <message>
        <source>The Fieldlink database %1 was written by a newer version of Fieldlink (schema %2; this version knows up to %3). Update Fieldlink to open it.</source>
        <translation>La base de datos de Fieldlink %1 la escribió una versión más reciente de Fieldlink (esquema %2; esta versión conoce hasta el %3). Actualice Fieldlink para abrirla.</translation>
    </message>
    <message>
        <source>Could not start updating the Fieldlink database: %1</source>
        <translation>No se pudo empezar a actualizar la base de datos de Fieldlink: %1</translation>
    </message>
    <message>
        <source>Updating the Fieldlink database to schema %1 failed and was undone: %2</source>
        <translation>La actualización de la base de datos de Fieldlink al esquema %1 falló y se deshizo: %2</translation>
    </message>
    <message>
        <source>Could not finish updating the Fieldlink database: %1</source>
        <translation>No se pudo terminar de actualizar la base de datos de Fieldlink: %1</translation>
    </message>
    <message>
        <source>The Fieldlink database %1 is read-only: Fieldlink must be able to write to it. Give your user write permission on the file.</source>
        <translation>La base de datos de Fieldlink %1 es de solo lectura: Fieldlink debe poder escribir en ella. Dé a su usuario permiso de escritura sobre el archivo.</translation>
    </message>
    <message>
        <source>The folder of the Fieldlink database %1 is read-only: Fieldlink must be able to create files beside the database. Give your user write permission on %2.</source>
        <translation>La carpeta de la base de datos de Fieldlink %1 es de solo lectura: Fieldlink debe poder crear archivos junto a la base de datos. Dé a su usuario permiso de escritura sobre %2.</translation>
    </message>
    <message>
        <source>Could not read the Fieldlink database %1: %2</source>
        <translation>No se pudo leer la base de datos de Fieldlink %1: %2</translation>
    </message>
</context>
<context>
    <name>fieldlink::store::RunHistoryQuery</name>
    <message>
        <source>Could not read the runs: %1</source>
        <translation>No se pudieron leer las ejecuciones: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::store::RunRecordQuery</name>
    <message>
        <source>Could not read the run's records: %1</source>
        <translation>No se pudieron leer los registros de la ejecución: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::store::SqlFailure</name>
    <message>
        <source>The Fieldlink database</source>
        <translation>La base de datos de Fieldlink</translation>
    </message>
    <message>
        <source>The Fieldlink database %1</source>
        <translation>La base de datos de Fieldlink %1</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite: %2). Nothing was sent. Put a backup copy of the file in its place, or move the file aside to start with an empty database.</source>
        <translation>%1 está dañada (SQLite: %2). No se envió nada. Ponga en su lugar una copia de seguridad del archivo, o aparte el archivo para empezar con una base de datos vacía.</translation>
    </message>
    <message>
        <source>The disk holding the Fieldlink database is full (SQLite: %1). Free some space; an interrupted run can then be resumed.</source>
        <translation>El disco que contiene la base de datos de Fieldlink está lleno (SQLite: %1). Libere espacio; después se podrá reanudar una ejecución interrumpida.</translation>
    </message>
    <message>
        <source>The Fieldlink database is read-only (SQLite: %1). Give your user write permission on the file and its folder.</source>
        <translation>La base de datos de Fieldlink es de solo lectura (SQLite: %1). Dé a su usuario permiso de escritura sobre el archivo y su carpeta.</translation>
    </message>
    <message>
        <source>The Fieldlink database is locked by another program and stayed locked for more than %1 ms (SQLite: %2). Close the program holding it (a database browser, a backup tool) and try again.</source>
        <translation>La base de datos de Fieldlink está bloqueada por otro programa y siguió bloqueada más de %1 ms (SQLite: %2). Cierre el programa que la retiene (un explorador de bases de datos, una herramienta de copias de seguridad) e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::CallNoteWriter</name>
    <message>
        <source>could not read the ledger: %1</source>
        <translation>no pudo leer el registro de escrituras: %1</translation>
    </message>
    <message>
        <source>Could not check whether this call's note reached GHL: %1</source>
        <translation>No se pudo comprobar si la nota de esta llamada llegó a GHL: %1</translation>
    </message>
    <message>
        <source>could not record a write before sending it: %1</source>
        <translation>no pudo anotar una escritura antes de enviarla: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::CallerContactResolver</name>
    <message>
        <source>The event names no GHL contact and no valid phone number to find one by.</source>
        <translation>El evento no indica ningún contacto de GHL ni un teléfono válido con el que buscarlo.</translation>
    </message>
    <message>
        <source>No GHL contact has the phone number %1, so this call was skipped. To add such callers to GHL, set "unknownCallers" to create in the profile.</source>
        <translation>Ningún contacto de GHL tiene el número de teléfono %1, así que se omitió esta llamada. Para añadir a GHL a quienes llaman desde números así, defina "unknownCallers" como create en el perfil.</translation>
    </message>
    <message>
        <source>could not read the ledger: %1</source>
        <translation>no pudo leer el registro de escrituras: %1</translation>
    </message>
    <message>
        <source>could not record a write before sending it: %1</source>
        <translation>no pudo anotar una escritura antes de enviarla: %1</translation>
    </message>
    <message>
        <source>GHL created the caller's contact but sent no id for it.</source>
        <translation>GHL creó el contacto de quien llama pero no envió su id.</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::ContactFieldWriter</name>
    <message>
        <source>"%1" is not a number.</source>
        <translation>"%1" no es un número.</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>"%1" no es una fecha.</translation>
    </message>
    <message>
        <source>could not read the ledger: %1</source>
        <translation>no pudo leer el registro de escrituras: %1</translation>
    </message>
    <message>
        <source>%1 left unchanged: GHL's contact update does not list it, so Fieldlink does not send it.</source>
        <translation>%1 sin cambios: la actualización de contactos de GHL no lo incluye, así que Fieldlink no lo envía.</translation>
    </message>
    <message>
        <source>This GHL location has no custom field "%1".</source>
        <translation>Esta ubicación de GHL no tiene ningún campo personalizado "%1".</translation>
    </message>
    <message>
        <source>%1 left unchanged: %2</source>
        <translation>%1 sin cambios: %2</translation>
    </message>
    <message>
        <source>Could not read the contact before updating it: %1</source>
        <translation>No se pudo leer el contacto antes de actualizarlo: %1</translation>
    </message>
    <message>
        <source>could not record a write before sending it: %1</source>
        <translation>no pudo anotar una escritura antes de enviarla: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::EventFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>not a JSON array of webhook payloads (%1 at byte %2)</source>
        <translation>no es un array JSON de webhooks (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>item %1 of the array is not a JSON object</source>
        <translation>el elemento %1 del array no es un objeto JSON</translation>
    </message>
    <message>
        <source>line %1 is not a JSON object (%2)</source>
        <translation>la línea %1 no es un objeto JSON (%2)</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::EventProcessor</name>
    <message>
        <source>%1 It is checked against GHL before it is ever sent again.</source>
        <translation>%1 Se comprobará en GHL antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>could not read the ledger: %1</source>
        <translation>no pudo leer el registro de escrituras: %1</translation>
    </message>
    <message>
        <source>could not store an outcome: %1</source>
        <translation>no pudo guardar un resultado: %1</translation>
    </message>
    <message>
        <source>The run stopped because the Fieldlink database %1. Nothing more was sent to GHL, and nothing will be sent twice: resume the run once the database works again.</source>
        <translation>La ejecución se detuvo porque la base de datos de Fieldlink %1. No se envió nada más a GHL y nada se enviará dos veces: reanude la ejecución cuando la base de datos vuelva a funcionar.</translation>
    </message>
    <message>
        <source>Set by Fieldlink after the Kixie call of %1 by %2 (call %3): disposition "%4".</source>
        <translation>Establecido por Fieldlink tras la llamada de Kixie del %1 hecha por %2 (llamada %3): resultado «%4».</translation>
    </message>
    <message>
        <source>an unknown agent</source>
        <translation>un agente desconocido</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Call %1, contact %2: %3: %4 → %5</source>
        <translation>Llamada %1, contacto %2: %3: %4 → %5</translation>
    </message>
    <message>
        <source>Call %1, contact %2: do-not-disturb for %3 would be turned on ("%4")</source>
        <translation>Llamada %1, contacto %2: se activaría No molestar para %3 («%4»)</translation>
    </message>
    <message>
        <source>Call %1, contact %2: %3 kept newer value from call %4</source>
        <translation>Llamada %1, contacto %2: %3 conservó el valor más reciente de la llamada %4</translation>
    </message>
    <message>
        <source>The run was cancelled while asking whether to turn on do-not-disturb: the contact was not updated. The next run updates it.</source>
        <translation>La ejecución se canceló mientras preguntaba si activar No molestar: el contacto no se actualizó. La próxima ejecución lo actualiza.</translation>
    </message>
    <message>
        <source>%1: kept newer value from call %2.</source>
        <translation>%1: se conservó el valor más reciente de la llamada %2.</translation>
    </message>
    <message>
        <source>Do-not-disturb for %1 was not turned on: skipped when the run asked. The contact's fields were updated.</source>
        <translation>No se activó No molestar para %1: se omitió cuando la ejecución lo preguntó. Los campos del contacto se actualizaron.</translation>
    </message>
    <message>
        <source>%1 The contact update is sent again on the next run.</source>
        <translation>%1 La actualización del contacto se vuelve a enviar en la próxima ejecución.</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::EventWorker</name>
    <message>
        <source>Could not record the run in the database: %1</source>
        <translation>No se pudo registrar la ejecución en la base de datos: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Writing to HighLevel</source>
        <translation>Escribiendo en HighLevel</translation>
    </message>
    <message>
        <source>There is no interrupted events run to resume.</source>
        <translation>No hay ninguna ejecución de eventos interrumpida que reanudar.</translation>
    </message>
    <message>
        <source>Run %1 cannot be resumed as an events run: it is a %2 that ended as %3.</source>
        <translation>La ejecución %1 no puede reanudarse como ejecución de eventos: es un %2 que terminó como %3.</translation>
    </message>
    <message>
        <source>Could not read the location's custom fields: %1</source>
        <translation>No se pudieron leer los campos personalizados de la ubicación: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::InboxFeed</name>
    <message>
        <source>Could not mark webhook delivery %1 as processed: %2</source>
        <translation>No se pudo marcar como procesada la entrega de webhook %1: %2</translation>
    </message>
    <message>
        <source>Could not read the webhook inbox: %1</source>
        <translation>No se pudo leer la bandeja de entrada de webhooks: %1</translation>
    </message>
    <message>
        <source>Could not take webhook delivery %1 from the inbox: %2</source>
        <translation>No se pudo sacar de la bandeja de entrada la entrega de webhook %1: %2</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::RunContext</name>
    <message>
        <source>The profile %1 has errors: %2</source>
        <translation>El perfil %1 tiene errores: %2</translation>
    </message>
    <message>
        <source>The profile %1 maps Kixie to GHL; a contact sync needs a GHL to Kixie profile.</source>
        <translation>El perfil %1 va de Kixie a GHL; una sincronización de contactos necesita un perfil de GHL a Kixie.</translation>
    </message>
    <message>
        <source>The profile %1 maps GHL to Kixie; call events need a Kixie to GHL profile.</source>
        <translation>El perfil %1 va de GHL a Kixie; los eventos de llamadas necesitan un perfil de Kixie a GHL.</translation>
    </message>
    <message>
        <source>No version of the profile "%1" is saved; save one in the Mapping page.</source>
        <translation>No hay ninguna versión guardada del perfil «%1»; guarde una en la página Mapeo.</translation>
    </message>
    <message>
        <source>The profile "%1" has no version %2; the newest is version %3.</source>
        <translation>El perfil «%1» no tiene versión %2; la más reciente es la versión %3.</translation>
    </message>
    <message>
        <source>"%1" version %2</source>
        <translation>«%1» versión %2</translation>
    </message>
    <message>
        <source>Could not update the runs in the database: %1</source>
        <translation>No se pudieron actualizar las ejecuciones en la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::RunLease</name>
    <message>
        <source>HighLevel</source>
        <translation>HighLevel</translation>
    </message>
    <message>
        <source>Kixie</source>
        <translation>Kixie</translation>
    </message>
    <message>
        <source>fieldlink-cli on %1, process %2</source>
        <translation>fieldlink-cli en %1, proceso %2</translation>
    </message>
    <message>
        <source>the Fieldlink app on %1, process %2</source>
        <translation>la aplicación Fieldlink en %1, proceso %2</translation>
    </message>
    <message numerus="yes">
        <source>started by %1 at %2 UTC, last heartbeat %n second(s) ago</source>
        <translation>
            <numerusform>iniciada por %1 el %2 UTC, última señal de vida hace %n segundo</numerusform>
            <numerusform>iniciada por %1 el %2 UTC, última señal de vida hace %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>ejecución %1</translation>
    </message>
    <message>
        <source>a run not yet numbered</source>
        <translation>una ejecución aún sin número</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Could not check whether another run is writing: %1 Nothing was sent.</source>
        <translation>No se pudo comprobar si otra ejecución está escribiendo: %1 No se envió nada.</translation>
    </message>
    <message>
        <source>Another run is already writing to %1 for this connection: %2. Nothing was sent; run again when it has finished.</source>
        <translation>Otra ejecución ya está escribiendo en %1 para esta conexión: %2. No se envió nada; vuelva a ejecutar cuando haya terminado.</translation>
    </message>
    <message numerus="yes">
        <source>Waited %n second(s) in vain. </source>
        <translation>
            <numerusform>Se esperó %n segundo en vano. </numerusform>
            <numerusform>Se esperaron %n segundos en vano. </numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for run %1 (%2) to finish…</source>
        <translation>Esperando a que termine la ejecución %1 (%2)…</translation>
    </message>
    <message>
        <source>Waiting for another run (%1) to finish…</source>
        <translation>Esperando a que termine otra ejecución (%1)…</translation>
    </message>
    <message>
        <source>Another process took over this run's lease after it had been silent too long; this run stopped writing at once.</source>
        <translation>Otro proceso se quedó con el turno de escritura de esta ejecución porque llevaba demasiado tiempo sin dar señales de vida; esta ejecución dejó de escribir de inmediato.</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::RunProgress</name>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>GHL %1 now</source>
        <translation>GHL %1 ahora</translation>
    </message>
    <message>
        <source>Kixie %1 today</source>
        <translation>Kixie %1 hoy</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::RunWords</name>
    <message>
        <source>Would create</source>
        <translation>Se crearía</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Would update</source>
        <translation>Se actualizaría</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation>Se quitaría</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Would enrol in a cadence</source>
        <translation>Se inscribiría en una cadencia</translation>
    </message>
    <message>
        <source>Enrolled in a cadence</source>
        <translation>Inscrito en una cadencia</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Retenido para revisión</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Would write a note</source>
        <translation>Se escribiría una nota</translation>
    </message>
    <message>
        <source>Note written</source>
        <translation>Nota escrita</translation>
    </message>
    <message>
        <source>Would create a task</source>
        <translation>Se crearía una tarea</translation>
    </message>
    <message>
        <source>Task created</source>
        <translation>Tarea creada</translation>
    </message>
    <message>
        <source>Would add tags</source>
        <translation>Se añadirían etiquetas</translation>
    </message>
    <message>
        <source>Tags added</source>
        <translation>Etiquetas añadidas</translation>
    </message>
    <message>
        <source>Would create the caller's contact</source>
        <translation>Se crearía el contacto de quien llama</translation>
    </message>
    <message>
        <source>Caller's contact created</source>
        <translation>Contacto de quien llama creado</translation>
    </message>
    <message>
        <source>Already done (repeated event)</source>
        <translation>Ya hecho (evento repetido)</translation>
    </message>
    <message>
        <source>Already in HighLevel</source>
        <translation>Ya está en HighLevel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned</source>
        <translation>
            <numerusform>%Ln planificado</numerusform>
            <numerusform>%Ln planificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would be created</source>
        <translation>
            <numerusform>%Ln se crearía</numerusform>
            <numerusform>%Ln se crearían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln creado</numerusform>
            <numerusform>%Ln creados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would be updated</source>
        <translation>
            <numerusform>%Ln se actualizaría</numerusform>
            <numerusform>%Ln se actualizarían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln actualizado</numerusform>
            <numerusform>%Ln actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would be removed</source>
        <translation>
            <numerusform>%Ln se quitaría</numerusform>
            <numerusform>%Ln se quitarían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln quitado</numerusform>
            <numerusform>%Ln quitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln omitido</numerusform>
            <numerusform>%Ln omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held for review</source>
        <translation>
            <numerusform>%Ln retenido para revisión</numerusform>
            <numerusform>%Ln retenidos para revisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fallido</numerusform>
            <numerusform>%Ln fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call event(s)</source>
        <translation>
            <numerusform>%Ln evento de llamada</numerusform>
            <numerusform>%Ln eventos de llamada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) would be written</source>
        <translation>
            <numerusform>%Ln nota se escribiría</numerusform>
            <numerusform>%Ln notas se escribirían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) written</source>
        <translation>
            <numerusform>%Ln nota escrita</numerusform>
            <numerusform>%Ln notas escritas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) added to</source>
        <translation>
            <numerusform>%Ln nota ampliada</numerusform>
            <numerusform>%Ln notas ampliadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) created</source>
        <translation>
            <numerusform>%Ln tarea creada</numerusform>
            <numerusform>%Ln tareas creadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag addition(s)</source>
        <translation>
            <numerusform>%Ln etiqueta añadida</numerusform>
            <numerusform>%Ln etiquetas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln caller contact(s) created</source>
        <translation>
            <numerusform>%Ln contacto de quien llama creado</numerusform>
            <numerusform>%Ln contactos de quien llama creados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repeated event(s) ignored</source>
        <translation>
            <numerusform>%Ln evento repetido ignorado</numerusform>
            <numerusform>%Ln eventos repetidos ignorados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in HighLevel</source>
        <translation>
            <numerusform>%Ln ya en HighLevel</numerusform>
            <numerusform>%Ln ya en HighLevel</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of a run</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would be enrolled in a cadence</source>
        <translation>
            <numerusform>%Ln se inscribiría en una cadencia</numerusform>
            <numerusform>%Ln se inscribirían en una cadencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln enrolled in a cadence</source>
        <translation>
            <numerusform>%Ln inscrito en una cadencia</numerusform>
            <numerusform>%Ln inscritos en una cadencia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::StoreProblem</name>
    <message>
        <source>another program kept the database locked for too long</source>
        <translation>otro programa mantuvo la base de datos bloqueada demasiado tiempo</translation>
    </message>
    <message>
        <source>the disk is full, or the database reached its size limit</source>
        <translation>el disco está lleno o la base de datos alcanzó su límite de tamaño</translation>
    </message>
    <message>
        <source>the database file cannot be written to</source>
        <translation>no se puede escribir en el archivo de la base de datos</translation>
    </message>
    <message>
        <source>the database file could not be read or written</source>
        <translation>no se pudo leer ni escribir el archivo de la base de datos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::SyncPlanner</name>
    <message>
        <source>The contact no longer maps to this row (PowerList %1, %2).</source>
        <translation>El contacto ya no corresponde a esta fila (PowerList %1, %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts map to %1 in PowerList %2: %3.</source>
        <translation>
            <numerusform>%n contacto corresponde a %1 en la PowerList %2: %3.</numerusform>
            <numerusform>%n contactos corresponden a %1 en la PowerList %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in PowerList %2 belongs to contact %3, which Fieldlink wrote earlier.</source>
        <translation>%1 en la PowerList %2 pertenece al contacto %3, que Fieldlink escribió antes.</translation>
    </message>
    <message>
        <source>Whether %1 was enrolled in cadence %2 is unknown (the run stopped while sending it); Fieldlink will not enrol it twice. Check the cadence in Kixie.</source>
        <translation>No se sabe si %1 se inscribió en la cadencia %2 (la ejecución se detuvo al enviarlo); Fieldlink no lo inscribirá dos veces. Compruebe la cadencia en Kixie.</translation>
    </message>
    <message>
        <source>%1 in PowerList %2 goes to contact %3, as decided in a conflict review.</source>
        <translation>%1 en la PowerList %2 corresponde al contacto %3, según se decidió en una revisión de conflicto.</translation>
    </message>
    <message>
        <source>An earlier run found this conflict; it is held until it is decided in a conflict review.</source>
        <translation>Una ejecución anterior encontró este conflicto; queda retenido hasta que se decida en una revisión de conflicto.</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::SyncRunner</name>
    <message>
        <source>The cadence enrolment may or may not have happened (%1); Fieldlink will not send it again. Check the cadence in Kixie.</source>
        <translation>Puede que la inscripción en la cadencia se haya hecho o no (%1); Fieldlink no la volverá a enviar. Compruebe la cadencia en Kixie.</translation>
    </message>
    <message>
        <source>Could not store the run's records, so nothing was sent to Kixie: %1</source>
        <translation>No se pudieron guardar los registros de la ejecución, así que no se envió nada a Kixie: %1</translation>
    </message>
    <message>
        <source>Could not keep the request log in the database, so the run stopped: %1</source>
        <translation>No se pudo conservar el registro de peticiones en la base de datos, así que la ejecución se detuvo: %1</translation>
    </message>
    <message>
        <source>Could not note a write to Kixie in the database before sending it, so it was not sent and the run stopped: %1</source>
        <translation>No se pudo anotar en la base de datos una escritura en Kixie antes de enviarla, así que no se envió y la ejecución se detuvo: %1</translation>
    </message>
    <message>
        <source>Could not store the outcome of a write to Kixie, so the run stopped: %1</source>
        <translation>No se pudo guardar el resultado de una escritura en Kixie, así que la ejecución se detuvo: %1</translation>
    </message>
    <message>
        <source>Could not store the run's records, so nothing more was sent to Kixie: %1</source>
        <translation>No se pudieron guardar los registros de la ejecución, así que no se envió nada más a Kixie: %1</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::SyncWorker</name>
    <message>
        <source>There is no interrupted run to resume.</source>
        <translation>No hay ninguna ejecución interrumpida que reanudar.</translation>
    </message>
    <message>
        <source>Run %1 cannot be resumed: it is a %2 that ended as %3.</source>
        <translation>La ejecución %1 no se puede reanudar: es un %2 que terminó como %3.</translation>
    </message>
    <message>
        <source>Reading custom fields</source>
        <translation>Leyendo campos personalizados</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Could not read the location's custom fields: %1</source>
        <translation>No se pudieron leer los campos personalizados de la subcuenta: %1</translation>
    </message>
    <message>
        <source>version %1 in the database</source>
        <translation>versión %1 en la base de datos</translation>
    </message>
    <message>
        <source>Could not record the run in the database: %1</source>
        <translation>No se pudo registrar la ejecución en la base de datos: %1</translation>
    </message>
    <message>
        <source>Reading contacts</source>
        <translation>Leyendo contactos</translation>
    </message>
    <message>
        <source>Its notes, tasks or appointments could not be read: %1</source>
        <translation>No se pudieron leer sus notas, tareas o citas: %1</translation>
    </message>
    <message>
        <source>Could not read the contacts: %1</source>
        <translation>No se pudieron leer los contactos: %1</translation>
    </message>
    <message>
        <source>Could not store the plan: %1</source>
        <translation>No se pudo guardar el plan: %1</translation>
    </message>
    <message>
        <source>Writing to Kixie</source>
        <translation>Escribiendo en Kixie</translation>
    </message>
    <message>
        <source>Run %1 has no failed records to replay.</source>
        <translation>La ejecución %1 no tiene registros fallidos que repetir.</translation>
    </message>
    <message>
        <source>Run %1 brought call events to HighLevel; resume it with fieldlink-cli events --resume.</source>
        <translation>La ejecución %1 llevó eventos de llamadas a HighLevel; reanúdela con fieldlink-cli events --resume.</translation>
    </message>
    <message>
        <source>HighLevel no longer has this contact (deleted or merged); nothing was sent for it.</source>
        <translation>HighLevel ya no tiene este contacto (eliminado o fusionado); no se envió nada para él.</translation>
    </message>
    <message>
        <source>Could not read today's Kixie call count: %1</source>
        <translation>No se pudo leer el número de llamadas a Kixie de hoy: %1</translation>
    </message>
    <message>
        <source>Could not read where the last run stopped: %1</source>
        <translation>No se pudo leer dónde se detuvo la última ejecución: %1</translation>
    </message>
    <message>
        <source>Could not read the conflict decisions: %1</source>
        <translation>No se pudieron leer las decisiones sobre conflictos: %1</translation>
    </message>
    <message>
        <source>Could not keep the request log in the database, so nothing was sent: %1</source>
        <translation>No se pudo conservar el registro de peticiones en la base de datos, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>Could not read the ledger, so nothing was sent: %1</source>
        <translation>No se pudo leer el registro de escrituras, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>Could not read the conflicts held for review: %1</source>
        <translation>No se pudieron leer los conflictos retenidos para revisión: %1</translation>
    </message>
    <message>
        <source>Not written: this profile takes the phone number of a row from more than the contact's Phone field, so a run over part of the location cannot look for other contacts that map to the same row. A run over all contacts writes it.</source>
        <translation>Sin escribir: este perfil toma el número de teléfono de una fila de algo más que el campo Teléfono del contacto, así que una ejecución sobre parte de la ubicación no puede buscar otros contactos que correspondan a la misma fila. Una ejecución sobre todos los contactos la escribe.</translation>
    </message>
    <message>
        <source>Looking for other contacts with the same phone</source>
        <translation>Buscando otros contactos con el mismo teléfono</translation>
    </message>
    <message>
        <source>Could not look for other contacts with the same phone, so no new row was written: %1</source>
        <translation>No se pudieron buscar otros contactos con el mismo teléfono, así que no se escribió ninguna fila nueva: %1</translation>
    </message>
    <message>
        <source>Not written: HighLevel's search did not find this contact by its phone, so whether another contact shares it is unknown (a contact added or changed a moment ago can take a few seconds to appear in search). A later run, or a run over all contacts, writes it.</source>
        <translation>Sin escribir: la búsqueda de HighLevel no encontró este contacto por su teléfono, así que no se sabe si otro contacto lo comparte (un contacto añadido o cambiado hace un momento puede tardar unos segundos en aparecer en la búsqueda). Una ejecución posterior, o una ejecución sobre todos los contactos, la escribe.</translation>
    </message>
    <message>
        <source>Could not keep the conflicts found, so nothing was sent: %1</source>
        <translation>No se pudieron conservar los conflictos encontrados, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>Its row changed once its notes, tasks or appointments were read, so nothing was sent for it; run the sync again.</source>
        <translation>Su fila cambió después de leer sus notas, tareas o citas, así que no se envió nada para ese registro; vuelva a ejecutar la sincronización.</translation>
    </message>
</context>
<context>
    <name>fieldlink::sync::TaskAndTagWriter</name>
    <message>
        <source>Could not check whether the earlier %1 reached GHL: %2</source>
        <translation>No se pudo comprobar si la acción %1 anterior llegó a GHL: %2</translation>
    </message>
    <message>
        <source>could not record a write before sending it: %1</source>
        <translation>no pudo anotar una escritura antes de enviarla: %1</translation>
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
    <message>
        <source>Use this database instead of the default one.</source>
        <translation>Usar esta base de datos en lugar de la predeterminada.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Keep secrets for this session only; do not use the system keychain.</source>
        <translation>Guardar los secretos solo durante esta sesión; no usar el llavero del sistema.</translation>
    </message>
    <message>
        <source>--no-keychain was given</source>
        <translation>se indicó --no-keychain</translation>
    </message>
</context>
</TS>
