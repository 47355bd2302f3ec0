// Decap waits for ventana-cms.js, which registers the serializer before it starts.
window.CMS_MANUAL_INIT = true;
