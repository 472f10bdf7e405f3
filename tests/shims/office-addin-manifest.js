// office-addin-mock requires office-addin-manifest only for the OfficeApp enum; its ESM build
// does not load under Jest 30 / Node 20, so tests map it to this CJS shim.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
