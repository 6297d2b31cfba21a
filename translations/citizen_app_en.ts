<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Advice</name>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="12" />
        <source>No connection to the municipality's server. Check your internet and try again.</source>
        <translation>No connection to the municipality's server. Check your internet and try again.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="17" />
        <source>The municipality's server has a problem right now. Please try again later.</source>
        <translation>The municipality's server has a problem right now. Please try again later.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="21" />
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="24" />
        <source>Too many attempts. Please wait a few minutes and try again.</source>
        <translation>Too many attempts. Please wait a few minutes and try again.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="28" />
        <source>This app is not allowed to send requests to this server (API key).</source>
        <translation>This app is not allowed to send requests to this server (API key).</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="32" />
        <source>Not found on the municipality's server.</source>
        <translation>Not found on the municipality's server.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="33" />
        <source>The server did not accept the request. Check the highlighted fields.</source>
        <translation>The server did not accept the request. Check the highlighted fields.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="36" />
        <source>Something went wrong. Please try again.</source>
        <translation>Something went wrong. Please try again.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="37" />
        <source>What would you like to ask the municipality for?</source>
        <extracomment>the service the citizen chose</extracomment>
        <translation>What would you like to ask the municipality for?</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="38" />
        <source>Search services, e.g. water, light, certificate</source>
        <translation>Search services, e.g. water, light, certificate</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="39" />
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="40" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="41" />
        <source>No service matches your search.</source>
        <translation>No service matches your search.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="60" />
        <source>Other services</source>
        <translation>Other services</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="38" />
        <source>Your request has reached the municipality</source>
        <extracomment>the citizen wants to make another request</extracomment>
        <translation>Your request has reached the municipality</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="39" />
        <source>Make another request</source>
        <translation>Make another request</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="47" />
        <source>Request number: %1</source>
        <translation>Request number: %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="49" />
        <source>Keep this number: you can follow your request with it.</source>
        <translation>Keep this number: you can follow your request with it.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="52" />
        <source>No tracking number yet</source>
        <translation>No tracking number yet</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="55" />
        <source>The municipality received your request but gives no number for this service.</source>
        <translation>The municipality received your request but gives no number for this service.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="67" />
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="72" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="112" />
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="120" />
        <source>Enter a number, for example 3 or ٣.</source>
        <translation>Enter a number, for example 3 or ٣.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="52" />
        <source>Municipal e-services</source>
        <translation>Municipal e-services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="54" />
        <source>Demo mode: a practice municipality on this computer. Requests go nowhere.</source>
        <translation>Demo mode: a practice municipality on this computer. Requests go nowhere.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="58" />
        <source>Loading the services…</source>
        <translation>Loading the services…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="62" />
        <source>Starting the demo municipality…</source>
        <translation>Starting the demo municipality…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="79" />
        <source>Loading the form…</source>
        <translation>Loading the form…</translation>
    </message>
</context>
<context>
    <name>RequestFormPage</name>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="118" />
        <source>The request</source>
        <extracomment>the SubmitResult once the server has the request the citizen goes back to the catalogue</extracomment>
        <translation>The request</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="119" />
        <source>Describe the problem or what you need</source>
        <translation>Describe the problem or what you need</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="120" />
        <location filename="../citizen_app/ui/request_form_page.py" line="178" />
        <source>Address or place description</source>
        <translation>Address or place description</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="121" />
        <source>Neighbourhood, street, nearest landmark</source>
        <translation>Neighbourhood, street, nearest landmark</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="122" />
        <source>Coordinates (optional)</source>
        <translation>Coordinates (optional)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="123" />
        <source>Latitude, e.g. 31.53</source>
        <translation>Latitude, e.g. 31.53</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="124" />
        <source>Longitude, e.g. 35.09</source>
        <translation>Longitude, e.g. 35.09</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="125" />
        <source>How can the municipality reach you?</source>
        <translation>How can the municipality reach you?</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="126" />
        <source>Report without my name</source>
        <translation>Report without my name</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="129" />
        <source>Without your name and contact the municipality cannot ask you questions or tell you when the work is done; keep the request number to follow it.</source>
        <translation>Without your name and contact the municipality cannot ask you questions or tell you when the work is done; keep the request number to follow it.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="133" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="134" />
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="135" />
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="136" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="137" />
        <source>Back to services</source>
        <translation>Back to services</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="138" />
        <source>Submit the request</source>
        <translation>Submit the request</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="209" />
        <source>Coordinates must be two numbers, e.g. 31.53 and 35.09.</source>
        <translation>Coordinates must be two numbers, e.g. 31.53 and 35.09.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="219" />
        <source>Please give an address or a place description.</source>
        <translation>Please give an address or a place description.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="223" />
        <source>Please correct the highlighted fields.</source>
        <translation>Please correct the highlighted fields.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="256" />
        <source>Sending your request…</source>
        <translation>Sending your request…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="274" />
        <source>The municipality did not accept this value.</source>
        <translation>The municipality did not accept this value.</translation>
    </message>
</context>
</TS>