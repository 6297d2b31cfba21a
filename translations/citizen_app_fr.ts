<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Advice</name>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="12" />
        <source>No connection to the municipality's server. Check your internet and try again.</source>
        <translation>Pas de connexion au serveur de la municipalité. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="17" />
        <source>The municipality's server has a problem right now. Please try again later.</source>
        <translation>Le serveur de la municipalité rencontre un problème. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="21" />
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="24" />
        <source>Too many attempts. Please wait a few minutes and try again.</source>
        <translation>Trop de tentatives. Patientez quelques minutes puis réessayez.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="28" />
        <source>This app is not allowed to send requests to this server (API key).</source>
        <translation>Cette application n'est pas autorisée à envoyer des demandes à ce serveur (clé d'API).</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="32" />
        <source>Not found on the municipality's server.</source>
        <translation>Introuvable sur le serveur de la municipalité.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="33" />
        <source>The server did not accept the request. Check the highlighted fields.</source>
        <translation>Le serveur n'a pas accepté la demande. Vérifiez les champs signalés.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="36" />
        <source>Something went wrong. Please try again.</source>
        <translation>Un problème est survenu. Veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="37" />
        <source>What would you like to ask the municipality for?</source>
        <extracomment>the service the citizen chose</extracomment>
        <translation>Que souhaitez-vous demander à la municipalité ?</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="38" />
        <source>Search services, e.g. water, light, certificate</source>
        <translation>Rechercher un service : eau, éclairage, certificat…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="39" />
        <source>Search services</source>
        <translation>Rechercher un service</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="40" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="41" />
        <source>No service matches your search.</source>
        <translation>Aucun service ne correspond à votre recherche.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="60" />
        <source>Other services</source>
        <translation>Autres services</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="38" />
        <source>Your request has reached the municipality</source>
        <extracomment>the citizen wants to make another request</extracomment>
        <translation>Votre demande est parvenue à la municipalité</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="39" />
        <source>Make another request</source>
        <translation>Faire une autre demande</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="47" />
        <source>Request number: %1</source>
        <translation>Numéro de la demande : %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="49" />
        <source>Keep this number: you can follow your request with it.</source>
        <translation>Conservez ce numéro : il vous permet de suivre votre demande.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="52" />
        <source>No tracking number yet</source>
        <translation>Pas encore de numéro de suivi</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="55" />
        <source>The municipality received your request but gives no number for this service.</source>
        <translation>La municipalité a reçu votre demande, mais ce service ne donne pas de numéro de suivi.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="67" />
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="72" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="112" />
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="120" />
        <source>Enter a number, for example 3 or ٣.</source>
        <translation>Saisissez un nombre, par exemple 3 ou ٣.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="52" />
        <source>Municipal e-services</source>
        <translation>Services municipaux en ligne</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="54" />
        <source>Demo mode: a practice municipality on this computer. Requests go nowhere.</source>
        <translation>Mode démo : une municipalité d'essai sur cet ordinateur. Les demandes ne sont envoyées nulle part.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="58" />
        <source>Loading the services…</source>
        <translation>Chargement des services…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="62" />
        <source>Starting the demo municipality…</source>
        <translation>Démarrage de la municipalité de démonstration…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="79" />
        <source>Loading the form…</source>
        <translation>Chargement du formulaire…</translation>
    </message>
</context>
<context>
    <name>RequestFormPage</name>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="118" />
        <source>The request</source>
        <extracomment>the SubmitResult once the server has the request the citizen goes back to the catalogue</extracomment>
        <translation>La demande</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="119" />
        <source>Describe the problem or what you need</source>
        <translation>Décrivez le problème ou votre besoin</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="120" />
        <location filename="../citizen_app/ui/request_form_page.py" line="178" />
        <source>Address or place description</source>
        <translation>Adresse ou description du lieu</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="121" />
        <source>Neighbourhood, street, nearest landmark</source>
        <translation>Quartier, rue, repère le plus proche</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="122" />
        <source>Coordinates (optional)</source>
        <translation>Coordonnées (facultatif)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="123" />
        <source>Latitude, e.g. 31.53</source>
        <translation>Latitude, par ex. 31.53</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="124" />
        <source>Longitude, e.g. 35.09</source>
        <translation>Longitude, par ex. 35.09</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="125" />
        <source>How can the municipality reach you?</source>
        <translation>Comment la municipalité peut-elle vous joindre ?</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="126" />
        <source>Report without my name</source>
        <translation>Signaler sans mon nom</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="129" />
        <source>Without your name and contact the municipality cannot ask you questions or tell you when the work is done; keep the request number to follow it.</source>
        <translation>Sans votre nom ni vos coordonnées, la municipalité ne pourra ni vous poser de questions ni vous prévenir quand le travail sera fait ; conservez le numéro de la demande pour la suivre.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="133" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="134" />
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="135" />
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="136" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="137" />
        <source>Back to services</source>
        <translation>Retour aux services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="138" />
        <source>Submit the request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="209" />
        <source>Coordinates must be two numbers, e.g. 31.53 and 35.09.</source>
        <translation>Les coordonnées doivent être deux nombres, par ex. 31.53 et 35.09.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="219" />
        <source>Please give an address or a place description.</source>
        <translation>Veuillez indiquer une adresse ou décrire le lieu.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="223" />
        <source>Please correct the highlighted fields.</source>
        <translation>Veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="256" />
        <source>Sending your request…</source>
        <translation>Envoi de votre demande…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="274" />
        <source>The municipality did not accept this value.</source>
        <translation>La municipalité n'a pas accepté cette valeur.</translation>
    </message>
</context>
</TS>