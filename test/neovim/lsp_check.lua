-- Neovim (0.7.2 from Debian and later) as a second, independent LSP client of the fact-check
-- language server over stdio. Run headless on one article; prints one JSON object per line:
--   {"published": [...]}  the diagnostics as the server sent them (LSP ranges, UTF-16 characters)
--   {"diagnostics": [...]} the same as Neovim shows them (0-based lines, byte columns)
--   {"hover": "..."}       the hover at $FACTCHECK_HOVER_LINE:$FACTCHECK_HOVER_CHARACTER (LSP position)
-- and exits 0 when the server published diagnostics for the buffer and answered the hover.
-- Usage: FACTCHECK_LSP_CMD='node dist/server.js --stdio' nvim --headless --clean -n -c 'luafile lsp_check.lua' FILE
-- (0.7 has no `nvim -l` and no vim.lsp.start, hence -c luafile and vim.lsp.start_client.)
local cmd = vim.split(os.getenv('FACTCHECK_LSP_CMD') or 'node dist/server.js --stdio', ' ', { trimempty = true })
local timeout = tonumber(os.getenv('FACTCHECK_LSP_TIMEOUT_MS') or '20000')
local hover_line = tonumber(os.getenv('FACTCHECK_HOVER_LINE') or '0')
local hover_character = tonumber(os.getenv('FACTCHECK_HOVER_CHARACTER') or '0')
local bufnr = vim.api.nvim_get_current_buf()
local function emit(value) io.stdout:write(vim.fn.json_encode(value) .. '\n') end

-- Wrap the handler to see the publish itself: it tells an empty list from no answer at all.
local published = nil
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and result.uri == vim.uri_from_bufnr(bufnr) then published = result.diagnostics end
  return default_handler(err, result, ctx, config)
end

local client_id = vim.lsp.start_client({
  name = 'factcheck',
  cmd = cmd,
  root_dir = vim.fn.getcwd(),
  on_exit = function(code, signal)
    if code ~= 0 then emit({ server_exit = code, signal = signal }) end
  end,
})
if not client_id then
  emit({ error = 'vim.lsp.start_client failed' })
  vim.cmd('cq 2')
end
vim.lsp.buf_attach_client(bufnr, client_id)

local answered = vim.wait(timeout, function() return published ~= nil end, 20)
local sent = {}
for _, d in ipairs(published or {}) do
  table.insert(sent, { range = d.range, code = d.code, source = d.source, severity = d.severity, message = d.message })
end
emit({ published = sent })

local shown = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(shown, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    code = lsp.code, source = d.source, severity = d.severity,
  })
end
emit({ diagnostics = shown })

local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = hover_line, character = hover_character } }
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, timeout)
local hover = nil
for _, response in pairs(responses or {}) do
  local contents = response.result and response.result.contents
  if contents then hover = contents.value or vim.fn.json_encode(contents) end
end
emit({ hover = hover or vim.NIL })

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
if answered and hover then vim.cmd('qa!') else vim.cmd('cq 1') end
