<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Advice</name>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="12"/>
        <source>No connection to the municipality&apos;s server. Check your internet and try again.</source>
        <translation>Pas de connexion au serveur de la municipalité. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="17"/>
        <source>The municipality&apos;s server has a problem right now. Please try again later.</source>
        <translation>Le serveur de la municipalité rencontre un problème. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="21"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="24"/>
        <source>You have sent as many photos as allowed in one day. They can be sent tomorrow.</source>
        <translation>Vous avez envoyé le nombre maximal de photos autorisé pour une journée. Elles pourront être envoyées demain.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="29"/>
        <source>Too many attempts. Please wait a few minutes and try again.</source>
        <translation>Trop de tentatives. Patientez quelques minutes puis réessayez.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="33"/>
        <source>This app is not allowed to send requests to this server (API key).</source>
        <translation>Cette application n&apos;est pas autorisée à envoyer des demandes à ce serveur (clé d&apos;API).</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="37"/>
        <source>Not found on the municipality&apos;s server.</source>
        <translation>Introuvable sur le serveur de la municipalité.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="38"/>
        <source>The server did not accept the request. Check the highlighted fields.</source>
        <translation>Le serveur n&apos;a pas accepté la demande. Vérifiez les champs signalés.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="41"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Un problème est survenu. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="39"/>
        <source>What would you like to ask the municipality for?</source>
        <extracomment>the service the citizen chose</extracomment>
        <translation>Que souhaitez-vous demander à la municipalité ?</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="40"/>
        <source>Search services, e.g. water, light, certificate</source>
        <translation>Rechercher un service : eau, éclairage, certificat…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="41"/>
        <source>Search services</source>
        <translation>Rechercher un service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="42"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="43"/>
        <source>No service matches your search.</source>
        <translation>Aucun service ne correspond à votre recherche.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="63"/>
        <source>Other services</source>
        <translation>Autres services</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="88"/>
        <source>Your request has reached the municipality</source>
        <translation>Votre demande est parvenue à la municipalité</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="54"/>
        <source>Make another request</source>
        <extracomment>the citizen wants to make another request print the receipt on the system printer save the receipt as a PDF file saving files is for the citizen&apos;s own computer, not a shared kiosk</extracomment>
        <translation>Faire une autre demande</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="55"/>
        <source>Print the receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="56"/>
        <source>Save the receipt as PDF…</source>
        <translation>Enregistrer le reçu en PDF…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="69"/>
        <source>Your request is saved on this computer</source>
        <translation>Votre demande est enregistrée sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="71"/>
        <source>No connection to the municipality right now</source>
        <translation>Pas de connexion avec la municipalité pour le moment</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="73"/>
        <source>The municipality&apos;s server cannot take it right now</source>
        <translation>Le serveur de la municipalité ne peut pas la recevoir pour le moment</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="77"/>
        <source>It is in your outbox and will be sent by itself as soon as the server can be reached, even after you close and reopen the app. It will not be sent twice. You will get its number then.</source>
        <translation>Elle est dans votre boîte d&apos;envoi et partira d&apos;elle-même dès que le serveur sera joignable, même si vous fermez et rouvrez l&apos;application. Elle ne sera pas envoyée deux fois. Vous recevrez alors son numéro.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="90"/>
        <source>Request number: %1</source>
        <translation>Numéro de la demande : %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="92"/>
        <source>Keep this number: you can follow your request with it.</source>
        <translation>Conservez ce numéro : il vous permet de suivre votre demande.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="95"/>
        <source>No tracking number yet</source>
        <translation>Pas encore de numéro de suivi</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="98"/>
        <source>The municipality received your request but gives no number for this service.</source>
        <translation>La municipalité a reçu votre demande, mais ce service ne donne pas de numéro de suivi.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="153"/>
        <source>Citizen (visible to staff only)</source>
        <extracomment>the request&apos;s new detail after an action</extracomment>
        <translation>Citoyen (visible par le personnel seulement)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="154"/>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="155"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="156"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="158"/>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="159"/>
        <source>Note to the citizen</source>
        <translation>Note au citoyen</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="160"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="161"/>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="170"/>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="162"/>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="163"/>
        <source>Expected by</source>
        <translation>Prévu pour</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="167"/>
        <source>Change status (Ctrl+Enter)</source>
        <translation>Changer le statut (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="168"/>
        <source>Add internal note (Ctrl+Shift+N)</source>
        <translation>Ajouter une note interne (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="169"/>
        <source>Assign to me (Ctrl+M)</source>
        <translation>Me l&apos;attribuer (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="171"/>
        <source>Number of the original request</source>
        <translation>Numéro de la demande d&apos;origine</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="172"/>
        <source>Mark as duplicate</source>
        <translation>Marquer comme doublon</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="173"/>
        <source>Set expected date</source>
        <translation>Fixer la date prévue</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="178"/>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="226"/>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="228"/>
        <source>Expected by %1</source>
        <translation>Prévu pour le %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="230"/>
        <source>Assigned to %1</source>
        <translation>Attribuée à %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="232"/>
        <source>Duplicate of %1</source>
        <translation>Doublon de %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="242"/>
        <source>Reported without a name.</source>
        <translation>Signalée sans nom.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="271"/>
        <source>Description: %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="273"/>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="284"/>
        <source>(internal) %1</source>
        <translation>(interne) %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="307"/>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="314"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="338"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/detail_panel.py" line="351"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="73"/>
        <source>Not given</source>
        <extracomment>the citizen changed the answer (for the draft)</extracomment>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="78"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="141"/>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="149"/>
        <source>Enter a number, for example 3 or ٣.</source>
        <translation>Saisissez un nombre, par exemple 3 ou ٣.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../citizen_app/ui/kiosk/warning_dialog.py" line="37"/>
        <source>Continue</source>
        <extracomment>the visitor wants more time the visitor is done</extracomment>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/kiosk/warning_dialog.py" line="38"/>
        <source>Finish now</source>
        <translation>Terminer maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../citizen_app/ui/kiosk/warning_dialog.py" line="45"/>
        <source>Are you still there? For your privacy, this session ends in %n second(s) and everything you entered is erased.</source>
        <translation>
            <numerusform>Êtes-vous toujours là ? Pour protéger votre vie privée, cette session se termine dans %n seconde et tout ce que vous avez saisi sera effacé.</numerusform>
            <numerusform>Êtes-vous toujours là ? Pour protéger votre vie privée, cette session se termine dans %n secondes et tout ce que vous avez saisi sera effacé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="224"/>
        <location filename="../citizen_app/ui/window_requests.py" line="87"/>
        <source>Municipal e-services</source>
        <extracomment>the demo server&apos;s address once it runs (to switch back to it)</extracomment>
        <translation>Services municipaux en ligne</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="226"/>
        <source>Demo mode: a practice municipality on this computer. Requests go nowhere.</source>
        <translation>Mode démo : une municipalité d&apos;essai sur cet ordinateur. Les demandes ne sont envoyées nulle part.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="228"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="229"/>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="230"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="233"/>
        <source>Drafts and outbox</source>
        <translation>Brouillons et envois</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="260"/>
        <source>Connecting to the municipality…</source>
        <translation>Connexion à la municipalité…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="331"/>
        <source>No connection to the municipality. These are the services as of %1; what you send waits in the outbox until the connection returns.</source>
        <translation>Pas de connexion avec la municipalité. Voici les services tels qu&apos;au %1 ; ce que vous envoyez attend dans la boîte d&apos;envoi jusqu&apos;au retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_server.py" line="52"/>
        <source>No municipality&apos;s Open311 service answers at this address.</source>
        <translation>Aucun service Open311 municipal ne répond à cette adresse.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_server.py" line="82"/>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_outbox.py" line="31"/>
        <source>A request from your outbox reached the municipality: number %1</source>
        <translation>Une demande de votre boîte d&apos;envoi est arrivée à la municipalité : numéro %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_outbox.py" line="46"/>
        <source>The drafts and outbox saved on this computer were damaged and could not be read. They were kept aside in %1 and the app started afresh. Check My requests to see what reached the municipality.</source>
        <translation>Les brouillons et la boîte d&apos;envoi enregistrés sur cet ordinateur étaient endommagés et illisibles. Ils ont été mis de côté dans %1 et l&apos;application a redémarré à neuf. Consultez Mes demandes pour voir ce qui est arrivé à la municipalité.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_outbox.py" line="62"/>
        <source>This service is not offered by the municipality&apos;s server right now.</source>
        <translation>Ce service n&apos;est pas proposé par le serveur de la municipalité pour le moment.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_requests.py" line="51"/>
        <source>No connection: as of %1</source>
        <translation>Pas de connexion : état au %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_requests.py" line="55"/>
        <source>Updated %1</source>
        <translation>Mise à jour le %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_requests.py" line="75"/>
        <source>Request %1 is now: %2</source>
        <translation>La demande %1 est maintenant : %2</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="311"/>
        <source>Starting the demo municipality…</source>
        <translation>Démarrage de la municipalité de démonstration…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_account.py" line="24"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_account.py" line="54"/>
        <source>Signed in. This computer cannot remember it: sign in again next time.</source>
        <translation>Connecté. Cet ordinateur ne peut pas s&apos;en souvenir : reconnectez-vous la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="349"/>
        <source>Loading the form…</source>
        <translation>Chargement du formulaire…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_clerk.py" line="45"/>
        <source>Work queue</source>
        <translation>File de travail</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_clerk.py" line="46"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_kiosk.py" line="78"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_kiosk.py" line="164"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/window_kiosk.py" line="165"/>
        <source>PIN to close the kiosk:</source>
        <translation>Code pour fermer la borne :</translation>
    </message>
</context>
<context>
    <name>MyRequestsPage</name>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="85"/>
        <source>My requests</source>
        <extracomment>the request number the citizen opened the citizen asked for a refresh</extracomment>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="86"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="93"/>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="94"/>
        <source>Still open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="95"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="96"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="105"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="106"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="107"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="108"/>
        <source>Submitted</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="109"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="112"/>
        <source>You have no requests yet.</source>
        <translation>Vous n&apos;avez encore aucune demande.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/my_requests_page.py" line="114"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message numerus="yes">
        <location filename="../citizen_app/ui/my_requests_page.py" line="152"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="10"/>
        <source>Your request has reached the responsible department and will be looked at soon.</source>
        <translation>Votre demande est arrivée au service concerné et sera examinée bientôt.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="14"/>
        <source>Work on your request has started. We will tell you when it is done.</source>
        <translation>Le travail sur votre demande a commencé. Nous vous dirons quand il sera terminé.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="17"/>
        <source>Your request is on hold for now because: … We will continue as soon as possible.</source>
        <translation>Votre demande est en attente pour le moment parce que : … Nous reprendrons dès que possible.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="21"/>
        <source>Your request has been dealt with. If the problem is still there, you can reopen it.</source>
        <translation>Votre demande a été traitée. Si le problème persiste, vous pouvez la rouvrir.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="25"/>
        <source>Your request is closed. Thank you for helping your municipality.</source>
        <translation>Votre demande est close. Merci d&apos;aider votre municipalité.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="28"/>
        <source>We cannot carry out this request because: … For questions, call the municipality.</source>
        <translation>Nous ne pouvons pas donner suite à cette demande parce que : … Pour toute question, appelez la municipalité.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/note_templates.py" line="33"/>
        <source>This problem was already reported; we follow it under another number.</source>
        <translation>Ce problème a déjà été signalé ; nous le suivons sous un autre numéro.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../citizen_app/ui/kiosk/keyboard.py" line="103"/>
        <source>Space</source>
        <extracomment>off until kiosk mode turns it on</extracomment>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/kiosk/keyboard.py" line="105"/>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/kiosk/keyboard.py" line="107"/>
        <source>Next field</source>
        <translation>Champ suivant</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/kiosk/keyboard.py" line="110"/>
        <source>Arabic letters</source>
        <translation>Lettres arabes</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/kiosk/keyboard.py" line="111"/>
        <source>Latin letters</source>
        <translation>Lettres latines</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/kiosk/keyboard.py" line="112"/>
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
</context>
<context>
    <name>OutboxFlow</name>
    <message>
        <location filename="../citizen_app/ui/outbox_flow.py" line="106"/>
        <source>Saved on this computer. Sending it to the municipality…</source>
        <extracomment>the form&apos;s own request waits in the outbox (reason code) an earlier request reached the server in the background: item id, SubmitResult the citizen chose a draft to continue: the Draft every delivery: the number, for plain Open311 servers that keep none for the citizen</extracomment>
        <translation>Enregistrée sur cet ordinateur. Envoi à la municipalité…</translation>
    </message>
</context>
<context>
    <name>PhotosBox</name>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="62"/>
        <source>Photos (optional)</source>
        <extracomment>the set of photos changed (for the draft) the prepared JPEGs, in the order chosen</extracomment>
        <translation>Photos (facultatif)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="65"/>
        <source>Up to %1 photos. They are made smaller before sending, to save your data.</source>
        <translation>Jusqu&apos;à %1 photos. Elles sont réduites avant l&apos;envoi pour économiser vos données.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="68"/>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="69"/>
        <source>Remove the photos</source>
        <translation>Retirer les photos</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="70"/>
        <source>Sending photos: %p%</source>
        <translation>Envoi des photos : %p%</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="73"/>
        <source>Sending photos</source>
        <translation>Envoi des photos</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="77"/>
        <source>Choose photos</source>
        <translation>Choisir des photos</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="77"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="109"/>
        <source>One of the files is not a picture this app can read.</source>
        <translation>L&apos;un des fichiers n&apos;est pas une image que l&apos;application sait lire.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/photos_box.py" line="128"/>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="46"/>
        <source>Number</source>
        <extracomment>(field in the item, sort key on the server)</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="47"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="48"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="49"/>
        <source>Submitted</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="50"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="51"/>
        <source>Expected by</source>
        <translation>Prévu pour</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_model.py" line="52"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="108"/>
        <source>Search: number, name, street, words…</source>
        <extracomment>the request number the clerk selected</extracomment>
        <translation>Rechercher : numéro, nom, rue, mots…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="109"/>
        <source>Search the requests</source>
        <translation>Rechercher dans les demandes</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="110"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="111"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="112"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="113"/>
        <source>Department</source>
        <translation>Service municipal</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="116"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="117"/>
        <source>Assigned to me</source>
        <translation>Attribuées à moi</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="117"/>
        <source>Not assigned</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="119"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="120"/>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="122"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="122"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="125"/>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="128"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="143"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="145"/>
        <source>All departments</source>
        <translation>Tous les services municipaux</translation>
    </message>
    <message numerus="yes">
        <location filename="../citizen_app/ui/clerk/queue_page.py" line="172"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="42"/>
        <source>Municipal e-services</source>
        <translation>Services municipaux en ligne</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="46"/>
        <source>Receipt for a request</source>
        <translation>Reçu de dépôt de demande</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="47"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="48"/>
        <source>Submitted</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="49"/>
        <source>Expected by</source>
        <translation>Prévue pour</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="50"/>
        <source>Submitted by</source>
        <translation>Déposée par</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="51"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="52"/>
        <source>Keep this receipt to follow your request.</source>
        <translation>Gardez ce reçu pour suivre votre demande.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="66"/>
        <source>No printer is available. Ask the staff for help.</source>
        <translation>Aucune imprimante n&apos;est disponible. Demandez de l&apos;aide au personnel.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="78"/>
        <source>The receipt was sent to the printer.</source>
        <translation>Le reçu a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="86"/>
        <source>Save the receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="98"/>
        <source>Receipt saved: %1</source>
        <translation>Reçu enregistré : %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/receipt_actions.py" line="101"/>
        <source>Could not save the receipt.</source>
        <translation>Impossible d&apos;enregistrer le reçu.</translation>
    </message>
</context>
<context>
    <name>RequestDetailPage</name>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="103"/>
        <source>What has happened so far</source>
        <extracomment>back to the list</extracomment>
        <translation>Historique de la demande</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="104"/>
        <source>Add a comment for the municipality</source>
        <translation>Ajouter un commentaire pour la municipalité</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="105"/>
        <source>Send comment</source>
        <translation>Envoyer le commentaire</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="106"/>
        <source>The municipality says this is resolved</source>
        <translation>La municipalité indique que c&apos;est résolu</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="107"/>
        <source>Your rating</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="108"/>
        <source>Comment on the result (optional)</source>
        <translation>Commentaire sur le résultat (facultatif)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="109"/>
        <source>Send my rating</source>
        <translation>Envoyer ma note</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="110"/>
        <source>Not solved? Tell us why</source>
        <translation>Pas résolu ? Dites-nous pourquoi</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="111"/>
        <source>Reopen the request</source>
        <translation>Rouvrir la demande</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="112"/>
        <source>Back to my requests</source>
        <translation>Retour à mes demandes</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="132"/>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="135"/>
        <source>Expected by: %1</source>
        <translation>Prévu pour le : %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="138"/>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="140"/>
        <source>Same as request %1</source>
        <translation>Identique à la demande %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="184"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="192"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_detail_page.py" line="214"/>
        <source>Tell the municipality why the problem is not solved.</source>
        <translation>Expliquez à la municipalité pourquoi le problème n&apos;est pas résolu.</translation>
    </message>
</context>
<context>
    <name>RequestFormPage</name>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="158"/>
        <source>The request</source>
        <extracomment>the SubmitResult once the server has the request the citizen goes back to the catalogue Confirm was pressed: a dict for the outbox (service, fields, attributes, key, photos) the draft this form saves into (a new one for each new form) the outbox item sent from this form, until its fate is known</extracomment>
        <translation>La demande</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="159"/>
        <source>Describe the problem or what you need</source>
        <translation>Décrivez le problème ou votre besoin</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="160"/>
        <location filename="../citizen_app/ui/request_form_page.py" line="231"/>
        <source>Address or place description</source>
        <translation>Adresse ou description du lieu</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="161"/>
        <source>Neighbourhood, street, nearest landmark</source>
        <translation>Quartier, rue, repère le plus proche</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="162"/>
        <source>Coordinates (optional)</source>
        <translation>Coordonnées (facultatif)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="163"/>
        <source>Latitude, e.g. 31.53</source>
        <translation>Latitude, par ex. 31.53</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="164"/>
        <source>Longitude, e.g. 35.09</source>
        <translation>Longitude, par ex. 35.09</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="165"/>
        <source>How can the municipality reach you?</source>
        <translation>Comment la municipalité peut-elle vous joindre ?</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="166"/>
        <source>Report without my name</source>
        <translation>Signaler sans mon nom</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="169"/>
        <source>Without your name and contact the municipality cannot ask you questions or tell you when the work is done; keep the request number to follow it.</source>
        <translation>Sans votre nom ni vos coordonnées, la municipalité ne pourra ni vous poser de questions ni vous prévenir quand le travail sera fait ; conservez le numéro de la demande pour la suivre.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="173"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="174"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="175"/>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="176"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="177"/>
        <location filename="../citizen_app/ui/request_form_page.py" line="291"/>
        <source>Back to services</source>
        <translation>Retour aux services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="178"/>
        <source>Please check your request before sending it</source>
        <translation>Vérifiez votre demande avant de l&apos;envoyer</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="180"/>
        <location filename="../citizen_app/ui/request_review.py" line="101"/>
        <source>Confirm and send</source>
        <translation>Confirmer et envoyer</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="182"/>
        <source>Review the request</source>
        <translation>Vérifier la demande</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_review.py" line="40"/>
        <source>Coordinates must be two numbers, e.g. 31.53 and 35.09.</source>
        <translation>Les coordonnées doivent être deux nombres, par ex. 31.53 et 35.09.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_review.py" line="53"/>
        <source>Please give an address or a place description.</source>
        <translation>Veuillez indiquer une adresse ou décrire le lieu.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_review.py" line="61"/>
        <source>Please correct the highlighted fields.</source>
        <translation>Veuillez corriger les champs signalés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../citizen_app/ui/request_form_page.py" line="271"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_review.py" line="103"/>
        <source>Edit the request</source>
        <translation>Modifier la demande</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="303"/>
        <source>Please wait: the photos are still being prepared.</source>
        <translation>Veuillez patienter : les photos sont en cours de préparation.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="309"/>
        <source>Sending your request…</source>
        <translation>Envoi de votre demande…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="352"/>
        <source>The municipality did not accept this value.</source>
        <translation>La municipalité n&apos;a pas accepté cette valeur.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="83"/>
        <source>Settings</source>
        <extracomment>a language code the citizen wants to sign out an address typed for the municipality&apos;s server (&quot;&quot; for the demo municipality)</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="84"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="85"/>
        <source>Municipality server</source>
        <translation>Serveur de la municipalité</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="86"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="87"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="88"/>
        <source>Use the demo municipality</source>
        <translation>Utiliser la municipalité de démonstration</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="102"/>
        <source>Enter the address of the municipality&apos;s server.</source>
        <translation>Saisissez l&apos;adresse du serveur de la municipalité.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="104"/>
        <source>This is not a web address. It looks like https://eservices.example.ps</source>
        <translation>Ce n&apos;est pas une adresse web. Elle ressemble à https://eservices.example.ps</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="107"/>
        <source>Use an address that starts with https:// so that your password and details travel encrypted.</source>
        <translation>Utilisez une adresse qui commence par https:// pour que votre mot de passe et vos données circulent chiffrés.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="114"/>
        <source>The demo municipality is in use. To reach your municipality, enter the address it publishes for this app.</source>
        <translation>La municipalité de démonstration est utilisée. Pour joindre votre municipalité, saisissez l&apos;adresse qu&apos;elle publie pour cette application.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="125"/>
        <source>Checking the server…</source>
        <translation>Vérification du serveur…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="145"/>
        <source>You are not signed in.</source>
        <translation>Vous n&apos;êtes pas connecté.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="149"/>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/settings_page.py" line="152"/>
        <source>This computer has no usable password store, so you will need to sign in again next time.</source>
        <translation>Cet ordinateur n&apos;a pas de coffre de mots de passe utilisable : vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="90"/>
        <source>Statistics</source>
        <extracomment>the clerk wants the figures again</extracomment>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="91"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="92"/>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="96"/>
        <source>Requests by status</source>
        <translation>Demandes par statut</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="97"/>
        <source>Requests by service</source>
        <translation>Demandes par service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="98"/>
        <source>Opened and resolved per week</source>
        <translation>Ouvertes et résolues par semaine</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="99"/>
        <source>Median hours to resolve, by service</source>
        <translation>Heures médianes de résolution, par service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="111"/>
        <source>%1 requests | %2 overdue | median time to resolve: %3 hours</source>
        <translation>%1 demandes | %2 en retard | délai médian de résolution : %3 heures</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="121"/>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="129"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="139"/>
        <source>Opened</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="140"/>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="150"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="194"/>
        <source>Export the statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="194"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="203"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/clerk/stats_page.py" line="205"/>
        <source>Could not save the file: %1</source>
        <translation>Impossible d&apos;enregistrer le fichier : %1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="10"/>
        <source>Submitted</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="11"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="12"/>
        <source>In progress</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="13"/>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="14"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="15"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="16"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="17"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="18"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="25"/>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="26"/>
        <source>Photo added</source>
        <translation>Photo ajoutée</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="27"/>
        <source>Your rating</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/statuses.py" line="28"/>
        <source>Expected date set</source>
        <translation>Date prévue fixée</translation>
    </message>
</context>
<context>
    <name>UnsentPage</name>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="72"/>
        <source>Drafts and outbox</source>
        <extracomment>a draft id to continue a draft id to throw away an outbox item id to try again now an outbox item id to cancel (unsent) or clear from the list (sent)</extracomment>
        <translation>Brouillons et envois</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="73"/>
        <source>Drafts: requests you started</source>
        <translation>Brouillons : les demandes que vous avez commencées</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="74"/>
        <source>Outbox: requests on their way to the municipality</source>
        <translation>Boîte d&apos;envoi : les demandes en route vers la municipalité</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="75"/>
        <source>No drafts. What you type in a form is kept here.</source>
        <translation>Aucun brouillon. Ce que vous saisissez dans un formulaire est gardé ici.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="76"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="77"/>
        <source>Continue the draft</source>
        <translation>Reprendre le brouillon</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="78"/>
        <source>Delete the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="79"/>
        <source>Try again now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="94"/>
        <source>%1 — saved %2</source>
        <translation>%1 — enregistré le %2</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="124"/>
        <source>Sent. Request number: %1</source>
        <translation>Envoyée. Numéro de la demande : %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="125"/>
        <source>Sent.</source>
        <translation>Envoyée.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="127"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="130"/>
        <source>Not sent: sign in again, then try again.</source>
        <translation>Non envoyée : reconnectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="132"/>
        <source>Not sent: this app is not allowed to send requests to this server.</source>
        <translation>Non envoyée : cette application n&apos;est pas autorisée à envoyer des demandes à ce serveur.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="137"/>
        <source>Not sent: the municipality did not accept it (the service may have changed). Try again, or cancel it and make a new request.</source>
        <translation>Non envoyée : la municipalité ne l&apos;a pas acceptée (le service a peut-être changé). Réessayez, ou annulez-la et faites une nouvelle demande.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="142"/>
        <source>Waiting for a connection. It will be sent by itself.</source>
        <translation>En attente de connexion. Elle partira d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="143"/>
        <source>The server is busy. It will be sent by itself a little later.</source>
        <translation>Le serveur est occupé. Elle partira d&apos;elle-même un peu plus tard.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="145"/>
        <source>The server has a problem. It will be sent by itself a little later.</source>
        <translation>Le serveur a un problème. Elle partira d&apos;elle-même un peu plus tard.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="147"/>
        <source>Received. Waiting for the municipality to number it.</source>
        <translation>Reçue. En attente de son numéro par la municipalité.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="148"/>
        <source>Waiting to be sent.</source>
        <translation>En attente d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="180"/>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/unsent_page.py" line="182"/>
        <source>Cancel sending</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="101"/>
        <source>Welcome to your municipality&apos;s e-services</source>
        <extracomment>the citizen is signed in (user dict) or chose to continue without an account (None) a request number to look up (no account needed)</extracomment>
        <translation>Bienvenue sur les services en ligne de votre municipalité</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="102"/>
        <source>I have an account</source>
        <translation>J&apos;ai un compte</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="103"/>
        <source>E-mail or mobile phone</source>
        <translation>Courriel ou téléphone portable</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="104"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="105"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="106"/>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="108"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="109"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="110"/>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="111"/>
        <source>Password (at least 8 characters)</source>
        <translation>Mot de passe (8 caractères au moins)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="112"/>
        <source>ID number (optional)</source>
        <translation>Numéro d&apos;identité (facultatif)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="116"/>
        <source>Create the account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="117"/>
        <source>Continue without an account</source>
        <translation>Continuer sans compte</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="120"/>
        <source>Without an account you can still submit requests; keep their numbers to follow them.</source>
        <translation>Sans compte, vous pouvez tout de même déposer des demandes ; conservez leurs numéros pour les suivre.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="138"/>
        <source>Follow a request by its number:</source>
        <translation>Suivre une demande par son numéro :</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="140"/>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="141"/>
        <source>Request number</source>
        <translation>Numéro de la demande</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="157"/>
        <source>Enter your e-mail or phone and your password.</source>
        <translation>Saisissez votre courriel ou votre téléphone et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="159"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="169"/>
        <source>Enter your name, an e-mail or a phone, and a password of 8 characters or more.</source>
        <translation>Saisissez votre nom, un courriel ou un téléphone, et un mot de passe de 8 caractères ou plus.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="188"/>
        <source>Creating your account…</source>
        <translation>Création de votre compte…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="204"/>
        <source>The e-mail, phone or password is not right.</source>
        <translation>Le courriel, le téléphone ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="207"/>
        <source>An account with this e-mail or phone already exists. Sign in instead.</source>
        <translation>Un compte existe déjà avec ce courriel ou ce téléphone. Connectez-vous plutôt.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="213"/>
        <source>The ID number is not valid. Check its nine digits.</source>
        <translation>Le numéro d&apos;identité n&apos;est pas valide. Vérifiez ses neuf chiffres.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="215"/>
        <source>The e-mail address is not valid.</source>
        <translation>L&apos;adresse électronique n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="217"/>
        <source>The phone number is not valid.</source>
        <translation>Le numéro de téléphone n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/welcome_page.py" line="219"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit contenir au moins 8 caractères.</translation>
    </message>
</context>
</TS>
