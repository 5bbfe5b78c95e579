// Downloads and file reading for the linear labs' export and import buttons.

/** @param {string} name @param {string} text @param {string} type */
export function downloadText(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** @param {string} name @param {HTMLCanvasElement} canvas */
export function downloadCanvas(name, canvas) {
  const link = document.createElement('a');
  link.href = canvas.toDataURL('image/png');
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}

/** @param {File} file @returns {Promise<string>} */
export function readFileText(file) {
  return file.text();
}
