// `server-only` throws outside a React Server Component bundle; the container's bundled commands are server code.
module.exports = {};
